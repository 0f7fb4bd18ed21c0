using System.Text.RegularExpressions;
using Lantu.Core.Model;

namespace Lantu.Core.Structure;

/// <summary>
/// What inside a project box is not a project: a figure caption (图 2 …), a label introducing a list
/// (交通路网建设重大项目：), a target (发展目标：…, 力争至2025年…), an opening sentence that frames the box instead of
/// naming something (围绕…等领域，致力于…), and a line wrapped off the paragraph above. A generic label followed by a
/// list (重点工程。学位扩充工程、名师名校长工程…) names one project per list element.
/// </summary>
public static partial class BoxItemRules
{
    public static bool IsFigureCaption(string text) => FigureCaption().IsMatch(text.Trim());

    /// <summary>A short line ending with a colon and nothing after it: the heading of the lines that follow.</summary>
    public static bool IsListLabel(string text)
    {
        var t = text.Trim();
        return t.Length <= 30 && (t.EndsWith('：') || t.EndsWith(':')) && t.IndexOfAny(['。', '，', '；']) < 0;
    }

    /// <summary>An item named by its first clause (no lead phrase) whose clause frames rather than names
    /// (围绕…, 依托…, 以…为目标, 力争…, 到2025年…), or a target (发展目标：…).</summary>
    public static bool IsNotAProject(string name, string text) =>
        TargetName().IsMatch(name) || !HasLeadPhrase(text) && FramingOpener().IsMatch(BoxParser.StripMarker(text));

    /// <summary>The paragraph continues the one above: that one stops mid-sentence (no closing punctuation) and is
    /// not a title, and this one starts without a marker or a lead phrase of its own.</summary>
    public static bool ContinuesPrevious(string previous, string text)
    {
        var p = previous.TrimEnd();
        bool title = p.Length <= 30 && p.IndexOfAny(['。', '，', '；', '：', ':', ',', '、']) < 0; // 01 新一代人工智能
        if (title || EndsSentence().IsMatch(p)) return false;
        var t = text.Trim();
        if (BoxParser.StripMarker(t) != t) return false;
        if (ContinuationStart().IsMatch(t)) return true; // 等地打造…: no sentence starts so
        return !HasLeadPhrase(t) || BrokenWord().IsMatch(p); // …产业基地、辅 / 布司—纺织辅料…: a word cut in two
    }

    /// <summary>The projects of a generic label followed by a list (重点项目。A、B、C。), or null when the item is not one.</summary>
    public static List<string>? ListedProjects(string text)
    {
        var m = GenericList().Match(BoxParser.StripMarker(text.Trim()));
        if (!m.Success) return null;
        var list = m.Groups["list"].Value;
        var names = list.Split('、').Select(s => s.Trim()).ToList();
        names[0] = LeadingVerb().Replace(names[0], "");
        names[^1] = TrailingEtc().Replace(names[^1], "");
        names = names.Where(n => n.Length >= 2).ToList();
        return names.Count >= 2 ? names : null;
    }

    private static bool HasLeadPhrase(string text)
    {
        var t = BoxParser.StripMarker(text.Trim());
        int stop = t.IndexOfAny(['。', '：', ':']);
        return stop > 0 && stop <= 40 && !t[..stop].Contains('，');
    }

    [GeneratedRegex(@"^图\s*[0-9０-９一二三四五六七八九十]+(?:[-－.．][0-9]+)?\s")]
    private static partial Regex FigureCaption();
    [GeneratedRegex(@"^(?:发展目标|主要目标|总体目标|目标|预期目标)$")]
    private static partial Regex TargetName();
    [GeneratedRegex(@"^(?:围绕|依托|按照|力争|争取|到20\d{2}|至20\d{2}|以[^，。]{1,30}为(?:目标|重点|抓手|核心|基点))")]
    private static partial Regex FramingOpener();
    [GeneratedRegex(@"[。；;！!？?：:）)”」]$")]
    private static partial Regex EndsSentence();
    [GeneratedRegex(@"^(?:等|[、，,；;])")]
    private static partial Regex ContinuationStart();
    [GeneratedRegex(@"[、，,]\p{IsCJKUnifiedIdeographs}{1,2}$")]
    private static partial Regex BrokenWord();
    [GeneratedRegex(@"^(?:重点|重大|主要)(?:工程|项目)[。：:](?<list>[^，。；]+(?:、[^，。；]+)+)")]
    private static partial Regex GenericList();
    [GeneratedRegex(@"^(?:加快推进|加快建设|推进|推动|建设|实施|开工)")]
    private static partial Regex LeadingVerb();
    [GeneratedRegex(@"等(?:项目|工程)?(?:落地|建设|开工)?$")]
    private static partial Regex TrailingEtc();
}
