using System.Text.RegularExpressions;

namespace Lantu.Core.Structure;

/// <summary>
/// Where an excerpt prints no title, a line that names the plan without being its title: the hosting site's heading
/// ((湖北省)鄂州市梁子湖区国民经济和社会发展十四五规划(2022年更新)) or a table caption (表:上海市“十四五”规划《纲要》主要指标, read as 上海市“十四五”规划纲要), or a special plan's
/// indicator table named by its subject (“十四五”林业发展主要目标指标表).
/// It gives region, kind and period, never the title.
/// </summary>
public static partial class PlanNameHint
{
    /// <summary>The plan's name the line starts with, its province prefix and caption label dropped, or null.</summary>
    public static string? Find(IEnumerable<string> head)
    {
        foreach (var line in head)
        {
            var m = Hint().Match(line);
            if (m.Success) return m.Groups[1].Value + (m.Groups[2].Success ? "纲要" : "");
        }
        // A special plan's indicator table named by its subject: “十四五”林业发展主要目标指标表.
        foreach (var line in head)
        {
            var m = SubjectTable().Match(line);
            if (m.Success && !m.Groups[2].Value.Contains("经济社会") && !m.Groups[2].Value.Contains("国民经济"))
                return m.Groups[1].Value + m.Groups[2].Value + "规划";
        }
        return null;
    }

    [GeneratedRegex(@"^(?:表\s*[\d一二三四五六七八九十]*\s*[:：]?\s*)?(“十[一二三四五六七八九]五”|十[一二三四五六七八九]五)(?:时期)?([\u4e00-\u9fa5]{2,12}?)主要(?:目标)?指标")]
    private static partial Regex SubjectTable();

    [GeneratedRegex(@"^(?:[(（][\u4e00-\u9fa5]{2,8}[)）]|表\s*[\d一二三四五六七八九十]*\s*[:：])\s*([\u4e00-\u9fa5“”""]{4,50}?(?:规划|纲要))(《纲要》)?")]
    private static partial Regex Hint();
}
