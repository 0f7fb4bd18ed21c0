using Lantu.Core;
using Lantu.Core.Indicators;
using Lantu.Core.Reading;
using Lantu.Tests.Corpus;
using Lantu.Tests.Fixtures;
using Xunit.Abstractions;

namespace Lantu.Tests.Reading;

/// <summary>
/// Every saved page of the development corpus that has an indicator table, and the fixture of sample 000's page,
/// printed to PDF by Debian's chromium (打印 → 另存为 PDF, as a user keeps a page): the PDF's indicator rows must be
/// the page's.
/// </summary>
public class BrowserPrintCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Pages() =>
    [
        .. new[] { FixtureFiles.XiamenGbkPage }.Concat(CorpusManifest.Documents()
            .Where(d => d.File.EndsWith(".html") && CorpusManifest.Expected(d.Plan).Rows.Count > 0).Select(CorpusManifest.DocumentPath))
            .Select(p => Path.GetRelativePath(Samples.RepoRoot, p)),
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_printed_to_pdf_by_a_browser_gives_the_page_rows(string file)
    {
        var path = Path.Combine(Samples.RepoRoot, file);
        using var dir = new Samples.TempDir();
        var pdf = PdfBrowserPrintTests.PrintToPdf(path, dir.File("page.pdf"));
        File.Copy(pdf, Path.Combine(Samples.Output, "browser-print-" + Path.GetFileNameWithoutExtension(path) + ".pdf"), true);

        var fromPage = TableRows(DocumentReader.ReadFile(path));
        var fromPdf = TableRows(DocumentReader.ReadFile(pdf));
        foreach (var missing in fromPage.Except(fromPdf).Take(5)) output.WriteLine($"page only: {missing}");
        foreach (var extra in fromPdf.Except(fromPage).Take(5)) output.WriteLine($"pdf only:  {extra}");
        int exact = fromPage.Intersect(fromPdf).Count();
        output.WriteLine($"{Path.GetFileName(path)}: {exact}/{fromPage.Count} rows exactly as the page's, {fromPdf.Except(fromPage).Count()} other rows");
        Assert.NotEmpty(fromPage);
        if (!KnownGaps.TryGetValue(Path.GetFileName(path), out var floor))
        {
            Assert.Equal(fromPage, fromPdf);
            return;
        }
        // Known gaps (docs/ACCURACY.md, "A page printed by a browser"): no fewer rows right than when recorded, and
        // still short of all — when a fix reads it all, move it out of this list.
        Assert.InRange(exact, floor, fromPage.Count - 1);
    }

    /// <summary>Pages whose printed PDF does not yet read as the page, with the rows it reads right.</summary>
    private static readonly Dictionary<string, int> KnownGaps = new()
    {
        ["c08-shanghai-outline-14th-indicators.page.html"] = 19,
        ["c17-national-civil-affairs-12th.page.html"] = 32,
    };

    /// <summary>A document's indicator-table rows, the columns both readings must agree on.</summary>
    internal static List<string> TableRows(Lantu.Core.Model.SourceDocument doc) =>
        PlanParser.Parse(doc).Indicators.Where(r => r.Source == RowSource.Table)
            .Select(r => string.Join('|', r.Category, r.Name, r.Unit, r.Base, r.Target, r.Growth, r.Attribute)).ToList();
}
