using Lantu.Core.Model;
using UglyToad.PdfPig;
using Lantu.Core.Reading.Pdf;
using UglyToad.PdfPig.Content;
using Lantu.Core.Text;

namespace Lantu.Core.Reading;

/// <summary>
/// PDF text layer through PdfPig: words grouped into lines by baseline, each line read left to right,
/// pages top to bottom. A table with drawn borders is read cell by cell from its grid (<see cref="PdfGrid"/>);
/// other tables are rebuilt row by row from the gaps between words (<see cref="PdfTables"/>). A page break is an
/// empty line, as in the extracted sample plans.
/// </summary>
public static class PdfReader
{
    /// <summary>Stands for a word of glyphs without a Unicode mapping until the lines holding it are dropped.</summary>
    private const string Unread = "\uFFFD";

    public static SourceDocument Read(byte[] bytes, string fileName, ReadBudget budget)
    {
        var lines = new List<string>();
        var warnings = new List<string>();
        try
        {
            // Every Flate stream is inflated against the budget before PdfPig decodes it (PDF bombs).
            var options = new ParsingOptions { FilterProvider = new BoundedFilterProvider(budget) };
            using var pdf = PdfDocument.Open(bytes, options);
            budget.CheckPages(pdf.NumberOfPages);
            var printed = new List<PdfLine>();
            foreach (var page in pdf.GetPages())
            {
                var unmapped = PdfUnreadable.UnmappedFonts(page);
                if (unmapped.Count > 0)
                    warnings.Add(PdfUnreadable.UnmappedWarning(page.Number, page.Letters.Count(l => PdfUnreadable.InUnmappedFont(l, unmapped))));
                warnings.AddRange(PdfUnreadable.PictureWarnings(page));
                var pageLines = PageLines(page, unmapped).ToList();
                if (pageLines.Count > 0) pageLines[0] = pageLines[0] with { PageStart = true };
                printed.AddRange(pageLines);
                budget.CheckLines(printed.Count);
            }
            // A line (or table row) holding glyphs that cannot be read is left out whole, not given with holes.
            lines.AddRange(PdfTables.Compose(printed).Where(l => !l.Contains(Unread, StringComparison.Ordinal)));
            lines.Add("");
        }
        catch (Exception e) when (e is not DocumentReadException and not OperationCanceledException)
        {
            throw new DocumentReadException(fileName, "PDF 文件已损坏、加密或不完整 (cannot read the PDF: " + e.Message + ")", e);
        }
        if (lines.All(string.IsNullOrWhiteSpace))
            throw new DocumentReadException(fileName, warnings.Count > 0
                ? "PDF 没有可识别的文字：" + string.Join("；", warnings)
                : "PDF 没有文字层（可能是扫描件，需要先做文字识别）(no text layer)");
        return new SourceDocument(fileName, "pdf", "pdf", lines) { Warnings = warnings };
    }

    /// <summary>The page's lines top to bottom, each bordered table standing as one line where it begins.</summary>
    private static IEnumerable<PdfLine> PageLines(Page page, HashSet<string> unmappedFonts)
    {
        bool Unreadable(Letter l) => PdfUnreadable.InUnmappedFont(l, unmappedFonts);
        var letters = page.Letters.Where(l => !Unreadable(l)).ToList();
        var grids = new List<PdfGrid>();
        var tables = new List<PdfTable>();
        foreach (var grid in PdfGrid.Find(PdfRule.Of(page), page.CropBox.Bounds.Right))
        {
            if (grid.Read(page.Letters, Unreadable) is not { } table) continue;
            grids.Add(grid);
            if (table.Rows.Count > 0) tables.Add(table);
        }
        tables.Sort((a, b) => b.Top.CompareTo(a.Top));
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text) && !grids.Any(g => g.Contains(w.BoundingBox.Centroid.X, w.BoundingBox.Centroid.Y)));
        var spaces = letters.Where(l => string.IsNullOrWhiteSpace(l.Value)).ToList();
        int next = 0;
        foreach (var line in TextLines(words.ToList(), spaces, w => w.Letters.Any(Unreadable) ? Unread : w.Text))
        {
            for (; next < tables.Count && tables[next].Top > line.Bottom; next++) yield return PdfLine.Of(tables[next]);
            yield return line;
        }
        for (; next < tables.Count; next++) yield return PdfLine.Of(tables[next]);
    }

    private static IEnumerable<PdfLine> TextLines(List<Word> words, List<Letter> spaces, Func<Word, string> textOf)
    {
        if (words.Count == 0) yield break;
        double typicalHeight = words.Select(w => w.BoundingBox.Height).OrderBy(h => h).ElementAt(words.Count / 2);
        double tolerance = Math.Max(1.0, typicalHeight * 0.5);
        var rows = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom))
        {
            var row = rows.LastOrDefault();
            if (row is not null && Math.Abs(row[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= tolerance) row.Add(word);
            else rows.Add(new List<Word> { word });
        }
        foreach (var row in rows)
        {
            var ordered = row.OrderBy(w => w.BoundingBox.Left).ToList();
            double baseline = ordered[0].Letters[0].StartBaseLine.Y;
            var rowSpaces = spaces.Where(s => Math.Abs(s.StartBaseLine.Y - baseline) <= tolerance).ToList();
            var segments = new List<PdfSegment>();
            var sb = new System.Text.StringBuilder(textOf(ordered[0]));
            double left = ordered[0].BoundingBox.Left;
            for (int i = 1; i < ordered.Count; i++)
            {
                var (before, after) = (ordered[i - 1], ordered[i]);
                double gap = after.BoundingBox.Left - before.BoundingBox.Right;
                // A wide gap separates table cells, unless the PDF prints spaces across it (第一章　发展目标).
                double size = Math.Max(before.BoundingBox.Height, after.BoundingBox.Height);
                bool spaced = FilledBySpaces(before, after, gap, rowSpaces);
                if (gap > typicalHeight * 1.5 && !spaced)
                {
                    segments.Add(new PdfSegment(sb.ToString(), left, before.BoundingBox.Right) { EndsWithSpace = SpaceAfter(before, rowSpaces) });
                    sb.Clear();
                    left = after.BoundingBox.Left;
                }
                else if (spaced || SpaceBetween(before, after, gap, size)) sb.Append(' ');
                sb.Append(textOf(after));
            }
            segments.Add(new PdfSegment(sb.ToString(), left, ordered[^1].BoundingBox.Right) { EndsWithSpace = SpaceAfter(ordered[^1], rowSpaces) });
            yield return new PdfLine(segments, row.Min(w => w.BoundingBox.Bottom), row.Max(w => w.BoundingBox.Height));
        }
    }

    /// <summary>Whether a space glyph is printed right after a word.</summary>
    private static bool SpaceAfter(Word word, List<Letter> spaces) =>
        spaces.Any(s => Math.Abs(s.StartBaseLine.X - word.BoundingBox.Right) <= 1);

    /// <summary>Whether space glyphs fill the gap between two words: a space (or an ideographic space) the text
    /// holds, not the gap between two table cells. A space a cell's line wrapped at stands at the end of its text and
    /// leaves the rest of the gap empty.</summary>
    private static bool FilledBySpaces(Word before, Word after, double gap, List<Letter> spaces)
    {
        if (gap <= 0) return false;
        double filled = spaces.Where(s => s.StartBaseLine.X >= before.BoundingBox.Right - 1 && s.StartBaseLine.X <= after.BoundingBox.Left + 1)
            .Sum(s => Math.Max(s.Width, s.EndBaseLine.X - s.StartBaseLine.X));
        return filled >= gap * 0.8;
    }

    /// <summary>Whether a gap with no space glyph in it is a space: wider than an office suite leaves between
    /// Chinese and a figure or Latin word (到2025年 prints as 到 2025 年 with about a fifth of a character's width on
    /// either side of the figure, and is read as written); between Latin words any visible gap is one.</summary>
    private static bool SpaceBetween(Word before, Word after, double gap, double size)
    {
        bool cjkSide = CjkText.IsCjk(before.Text[^1]) || CjkText.IsCjk(after.Text[0]) || before.Text[^1] > 0x2000 || after.Text[0] > 0x2000;
        return gap > size * (cjkSide ? 0.5 : 0.15);
    }
}
