using System.Text.RegularExpressions;

namespace Lantu.Core.Text;

/// <summary>
/// A plan title reduced to what identifies it, so that the ways one title gets printed compare equal:
/// 《厦门市…第十四个五年规划和二Ο三五年远景目标纲要》 (a Greek Ο for 〇) and
/// 厦门市…第十四个五年（2021-2025 年）规划和二〇三五年远景目标纲要 (with the period in brackets).
/// </summary>
public static partial class TitleKey
{
    public static string Of(string title)
    {
        var s = Period().Replace(title, "");
        s = s.Replace('Ο', '〇').Replace('O', '〇').Replace('○', '〇').Replace('零', '〇');
        return new string(s.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '《' or '》' or '「' or '」')).ToArray());
    }

    [GeneratedRegex(@"[（(]\s*\d{4}\s*[-—–－~至]\s*\d{4}\s*年?\s*[）)]")] private static partial Regex Period();
}
