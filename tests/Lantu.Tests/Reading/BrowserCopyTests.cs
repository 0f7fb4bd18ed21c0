using System.Text;
using Lantu.Core;
using Lantu.Core.Indicators;
using Lantu.Core.Reading;
using Lantu.Tests.Corpus;
using Lantu.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Lantu.Tests.Reading;

/// <summary>
/// Text copied from a web page as a browser copies it: Debian's chromium opens each saved page of the corpus and
/// gives its rendered text (select all, copy: what <c>innerText</c> returns — table cells joined by tabs, rows by
/// line breaks, hidden chrome left out). The indicator rows read from that text must be the rows read from the page.
/// </summary>
public sealed class BrowserCopyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public static TheoryData<string, string> Pages()
    {
        var pages = new[] { FixtureFiles.XiamenGbkPage }.Concat(CorpusManifest.Documents()
            .Where(d => d.File.EndsWith(".html") && CorpusManifest.Expected(d.Plan).Rows.Count > 0).Select(CorpusManifest.DocumentPath));
        var data = new TheoryData<string, string>();
        foreach (var page in pages)
            foreach (var how in new[] { "clipboard", "innerText" }) data.Add(Path.GetRelativePath(Samples.RepoRoot, page), how);
        return data;
    }

    /// <summary>clipboard: select all and copy (Ctrl+A, Ctrl+C), then the clipboard's text — a cell holding paragraphs
    /// comes out on lines of its own without a tab. innerText: what a script or a scraper takes from the page — such
    /// a cell keeps its tab, on a line of its own between blank lines.</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Text_a_browser_copies_from_a_page_gives_the_page_rows(string file, string how)
    {
        var path = Path.Combine(Samples.RepoRoot, file);
        var context = await _browser.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        string copied;
        if (how == "clipboard")
        {
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.PressAsync("Control+C");
            copied = await page.EvaluateAsync<string>("async () => await navigator.clipboard.readText()");
        }
        else copied = await page.EvaluateAsync<string>("() => document.body.innerText");
        File.WriteAllText(Path.Combine(Samples.Output, $"browser-copy-{how}-{Path.GetFileNameWithoutExtension(path)}.txt"), copied);

        var fromPage = BrowserPrintCorpusTests.TableRows(DocumentReader.ReadFile(path));
        var read = DocumentReader.Read(Encoding.UTF8.GetBytes(copied), "copied.txt");
        var fromCopy = BrowserPrintCorpusTests.TableRows(read);
        foreach (var missing in fromPage.Except(fromCopy).Take(5)) output.WriteLine($"page only: {missing}");
        foreach (var extra in fromCopy.Except(fromPage).Take(5)) output.WriteLine($"copy only: {extra}");
        Assert.NotEmpty(fromPage);
        Assert.Equal(fromPage, fromCopy);
    }

    public async Task InitializeAsync()
    {
        const string chromium = "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), "Debian's chromium is required: apt-get install -y chromium");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
