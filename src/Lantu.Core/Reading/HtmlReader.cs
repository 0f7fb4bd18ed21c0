using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lantu.Core.Model;
using Lantu.Core.Reading.Html;

namespace Lantu.Core.Reading;

/// <summary>
/// A plan saved from a web page (.html/.htm, any of the charsets Chinese sites use) through AngleSharp, an HTML5
/// parser: the article without the page's chrome (<see cref="HtmlMainContent"/>), written line by line with its
/// tables as the Word reader writes them (<see cref="HtmlTextWriter"/>).
/// </summary>
public static class HtmlReader
{
    /// <summary>Largest page accepted: saved plans, even Word-exported ones with inline styles, stay well under it.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    /// <summary>Deepest element nesting accepted; real pages stay under 60, a hostile one could exhaust the stack.</summary>
    public const int MaxDepth = 400;

    /// <summary>Deepest tag nesting in the source (<see cref="HtmlNesting"/>), looser than <see cref="MaxDepth"/> as
    /// sloppy pages leave some tags unclosed.</summary>
    public const int MaxSourceDepth = 2000;

    public static SourceDocument Read(byte[] bytes, string fileName) =>
        Read(bytes, fileName, new ReadBudget(ReadLimits.Default, fileName));

    public static SourceDocument Read(byte[] bytes, string fileName, ReadBudget budget)
    {
        if (bytes.Length > MaxBytes)
            throw new DocumentReadException(fileName, $"网页文件过大 ({bytes.Length} bytes; the limit for HTML is {MaxBytes})");
        var (text, encoding) = HtmlDecoder.Decode(bytes, fileName);
        int sourceDepth = HtmlNesting.SourceDepth(text);
        if (sourceDepth > MaxSourceDepth)
            throw new DocumentReadException(fileName, $"网页元素嵌套过深 ({sourceDepth} unclosed tags; the limit is {MaxSourceDepth})");
        budget.Cancellation.ThrowIfCancellationRequested();
        var doc = new HtmlParser().ParseDocument(text);
        int depth = Depth(doc);
        if (depth > MaxDepth)
            throw new DocumentReadException(fileName, $"网页元素嵌套过深 ({depth} levels; the limit is {MaxDepth})");
        if (doc.Body is null)
            throw new DocumentReadException(fileName, "网页没有正文 (<body>) (the page has no body)");
        var article = HtmlMainContent.Find(doc);
        var lines = HtmlTextWriter.Write(article.Body, article.Title);
        budget.CheckLines(lines.Count);
        if (lines.All(string.IsNullOrWhiteSpace))
            throw new DocumentReadException(fileName, "网页没有文字内容 (the page has no text)");
        return new SourceDocument(fileName, "html", encoding, lines);
    }

    /// <summary>The deepest nesting of the tree, measured without recursion.</summary>
    private static int Depth(INode root)
    {
        int max = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in node.ChildNodes)
                if (child is IElement) stack.Push((child, depth + 1));
        }
        return max;
    }
}
