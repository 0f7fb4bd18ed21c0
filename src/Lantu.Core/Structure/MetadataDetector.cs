using System.Text.RegularExpressions;
using Lantu.Core.Model;
using Lantu.Core.Text;

namespace Lantu.Core.Structure;

/// <summary>
/// Reads what a plan says about itself from its opening pages: title, region and level, kind and subject,
/// period and horizon, issuing body, document number and date, and the plans it is based on.
/// </summary>
public static partial class MetadataDetector
{
    /// <summary>How far into the document the cover, notice and preface are looked for.</summary>
    private const int HeadParagraphs = 80;

    public static PlanMetadata Detect(IReadOnlyList<Paragraph> paragraphs)
    {
        // Front matter is blanked, not dropped, so that lines it separated are not read as one broken title.
        var head = paragraphs.Take(HeadParagraphs).Select(p => CjkText.Compact(p.Text)).Select(l => FrontMatter().IsMatch(l) ? "" : l).ToList();
        var headText = string.Join("\n", head);
        var meta = new PlanMetadata { Title = FindTitle(head) };
        if (meta.Title is not null) ClassifyTitle(meta);
        else if (PlanNameHint.Find(head) is { } hint)
        {
            // The plan's name as a site heading or a table caption tells region, kind and period, but is not the title.
            var named = new PlanMetadata { Title = hint };
            ClassifyTitle(named);
            (meta.Region, meta.FullRegion, meta.Level, meta.Kind, meta.Subject) = (named.Region, named.FullRegion, named.Level, named.Kind, named.Subject);
            FindPeriod(meta, hint, "");
        }
        if (meta.Region is null && IssuingRegion(head) is { } issuing)
        {
            meta.Region = issuing;
            RegionPlacement.TrimParentPrefix(meta);
            meta.Level = LevelOf(meta.Region);
        }
        if (meta.Region is null) meta.Region = FrequentRegion(paragraphs);
        if (meta.Region is null && OwnRegion.Find(headText) is { } own)
        {
            meta.Region = own;
            meta.Level = LevelOf(own);
        }
        meta.Level ??= LevelOf(meta.Region);
        FindParentRegion(meta, paragraphs);
        FindPeriod(meta, meta.Title ?? "", headText);
        FindIssue(meta, head);
        foreach (Match m in BasedOn().Matches(headText))
            foreach (Match t in Quoted().Matches(m.Value))
                if (!meta.BasedOn.Contains(t.Groups[1].Value)) meta.BasedOn.Add(t.Groups[1].Value);
        return meta;
    }

    /// <summary>The region placed in the gazetteer (its city or province, its full name), the text telling namesakes
    /// apart; a zone the gazetteer does not hold belongs to the city its text names most.</summary>
    public static void FindParentRegion(PlanMetadata meta, IReadOnlyList<Paragraph> paragraphs)
    {
        var text = string.Concat(paragraphs.Select(p => p.Text));
        if (meta.Level is "县区" or "开发区" or "市" && RegionPlacement.Place(meta, text) is not null) return;
        meta.ParentRegion = meta.Level switch
        {
            "县区" or "开发区" => Regions.Gazetteer.MostMentionedCity(text, meta.Region),
            "市" when meta.Region is not null => Regions.Gazetteer.ProvinceOf(meta.Region),
            "省" => NationalRegion,
            _ => null,
        };
        if (meta.Level == "省") meta.FullRegion = meta.Region;
    }

    /// <summary>Re-derives region, level, kind and subject after a title was given by hand.</summary>
    public static void ClassifyTitle(PlanMetadata meta)
    {
        var title = meta.Title ?? "";
        var region = RegionPrefix().Match(title);
        if (region.Success) meta.Region = region.Groups[1].Value;
        var national = National().Match(title);
        if (national.Success) { meta.Region = NationalRegion; region = national; }
        RegionPlacement.TrimParentPrefix(meta);
        meta.Level = LevelOf(meta.Region);
        if (title.Contains("国民经济和社会发展") || title.EndsWith("纲要") || title.Contains("总体规划"))
            meta.Kind = "总体规划";
        else if (title.Contains("规划"))
        {
            meta.Kind = "专项规划";
            var subject = Subject().Match(title[(region.Success ? region.Length : 0)..]);
            if (subject.Success) meta.Subject = subject.Groups[1].Value;
        }
    }

    private static string? FindTitle(List<string> head)
    {
        foreach (var line in head)
        {
            var notice = Notice().Match(line);
            if (notice.Success) return Unquote(notice.Groups[1].Value);
        }
        for (int i = 0; i < head.Count; i++)
            if (head[i].Length is >= 6 and <= 70 && TitleEnd().IsMatch(head[i]) && !head[i].StartsWith('《') && !head[i].Contains('，') && !head[i].Contains('。'))
                return TitleLines.JoinBroken(head, i, l => RegionPrefix().IsMatch(l) || National().IsMatch(l));
        foreach (var line in head)
        {
            var lead = LeadingTitle().Match(line);
            if (lead.Success) return FromSentence(lead.Groups[1].Value);
        }
        foreach (var line in head)
        {
            var self = SelfReference().Match(line);
            if (self.Success) return self.Groups[1].Value;
        }
        foreach (var line in head)
        {
            var proposal = Proposal().Match(line);
            if (proposal.Success) return proposal.Groups[1].Value + "纲要";
        }
        return null;
    }

    /// <summary>A plan named at the start of a news item's first sentence: without the news tag in front (中商情报网讯：,
    /// 本报讯). Years in brackets after 五年 stay, as in titles that print them (sample 000's).</summary>
    private static string FromSentence(string name) => NewsTag().Replace(name, "");

    /// <summary>Where the title names no region (“十四五”城市更新规划): the government that issues it, from the
    /// notice (上海市黄浦区人民政府关于印发…) or the issuer's line, when that is a division the gazetteer knows.</summary>
    private static string? IssuingRegion(List<string> head)
    {
        foreach (var line in head)
        {
            var issuer = IssuingGovernment().Match(line);
            if (issuer.Success && RegionPlacement.LevelOf(issuer.Groups[1].Value) is not null) return issuer.Groups[1].Value;
        }
        return null;
    }

    /// <summary>The title without its book-title marks, and without quotes only when they enclose all of it
    /// (“十四五”城市更新规划 keeps its quotes).</summary>
    private static string Unquote(string s)
    {
        s = s.Trim('《', '》');
        return s.Length > 2 && s[0] == '“' && s[^1] == '”' && s.IndexOf('”') == s.Length - 1 ? s[1..^1] : s;
    }

    /// <summary>
    /// Where the title does not name the region: the zone or district the text speaks of, named with the city
    /// it belongs to (泉州台商投资区) when that city is itself named in the text (泉州市).
    /// </summary>
    private static string? FrequentRegion(IReadOnlyList<Paragraph> paragraphs)
    {
        var text = string.Concat(paragraphs.Select(p => p.Text));
        var best = RegionMention().Matches(text)
            .Where(m => !m.Groups[1].Value.EndsWith('级') && text.Contains(m.Groups[1].Value + "市"))
            .GroupBy(m => m.Value)
            .Select(g => (Name: g.Key, Score: CountOf(text, g.First().Groups[2].Value) + g.Count()))
            .OrderByDescending(c => c.Score).FirstOrDefault();
        return best.Score >= 3 ? best.Name : null;
    }

    private static int CountOf(string text, string needle)
    {
        int count = 0;
        for (int i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>The region of national plans (中华人民共和国…纲要, 全国…规划, 国家…规划).</summary>
    public const string NationalRegion = "全国";

    public static string? LevelOf(string? region) => region switch
    {
        null => null,
        NationalRegion => "国家",
        _ when RegionPlacement.LevelOf(region) is { } level => level,
        _ when region.EndsWith("省") || region.EndsWith("自治区") && !region.Contains("市") => "省",
        _ when DevZone().IsMatch(region) => "开发区",
        _ when region.EndsWith("市") || region.EndsWith("自治州") || region.EndsWith("地区") => "市",
        _ when region.EndsWith("区") || region.EndsWith("县") || region.EndsWith("旗") => "县区",
        _ => null,
    };

    /// <summary>Period and horizon from the title first, then from the opening text.</summary>
    public static void FindPeriod(PlanMetadata meta, string title, string headText)
    {
        if (meta.PeriodStart is not null) return;
        // The title decides; the opening text only when the title gives neither years nor a five-year plan, and then
        // never the years of another document it cites (《…“十三五”规划（2016-2020年）》).
        var range = YearRange().Match(title);
        var fyp = FiveYearPlan().Match(title);
        if (!range.Success && !fyp.Success)
        {
            range = YearRangesOutsideTitles(headText).FirstOrDefault() ?? range;
            if (!range.Success) fyp = LatestFiveYearPlan(headText) ?? fyp;
        }
        if (range.Success)
        {
            meta.PeriodStart = int.Parse(range.Groups[1].Value);
            meta.PeriodEnd = int.Parse(range.Groups[2].Value);
        }
        else if (fyp.Success)
        {
            int n = FiveYearPlanNumber(fyp);
            if (n >= 3) { meta.PeriodStart = 1966 + 5 * (n - 3); meta.PeriodEnd = meta.PeriodStart + 4; }
        }
        var horizon = Horizon().Match(title);
        if (!horizon.Success) horizon = Horizon().Match(headText);
        if (horizon.Success)
        {
            var y = horizon.Groups[1].Value;
            meta.HorizonYear = y.All(char.IsAsciiDigit) ? int.Parse(y) : ChineseNumerals.ParseYear(y);
        }
    }

    private static int FiveYearPlanNumber(Match fyp) =>
        fyp.Groups[3].Success ? 10 + ChineseNumerals.Digit(fyp.Groups[3].Value[0]) : ChineseNumerals.Parse(fyp.Groups[1].Value + fyp.Groups[2].Value);

    private static IEnumerable<Match> YearRangesOutsideTitles(string text) =>
        YearRange().Matches(text).Where(m => text.LastIndexOf('《', m.Index) <= text.LastIndexOf('》', m.Index));

    /// <summary>The latest five-year plan the opening text names outside cited titles: a plan's opening reviews the
    /// period before it (a 十四五 纲要 may speak of 十三五 more often than of 十四五 in its first chapter) but does not
    /// name the period after it.</summary>
    private static Match? LatestFiveYearPlan(string text) =>
        FiveYearPlan().Matches(text).Where(m => text.LastIndexOf('《', m.Index) <= text.LastIndexOf('》', m.Index))
            .GroupBy(FiveYearPlanNumber).OrderByDescending(g => g.Key).FirstOrDefault()?.First();

    private static void FindIssue(PlanMetadata meta, List<string> head)
    {
        for (int i = 0; i < head.Count; i++)
        {
            var number = DocNumber().Match(head[i]);
            if (number.Success && meta.DocumentNumber is null) meta.DocumentNumber = number.Value;
            var issuer = IssuerLine().Match(head[i]);
            if (issuer.Success && meta.Issuer is null) meta.Issuer = issuer.Groups[1].Value;
        }
        if (meta.DocumentNumber is null) return;
        // The issue date stands alone under the issuing body's name at the end of the notice.
        foreach (var line in head)
        {
            var date = DateLine().Match(line);
            if (!date.Success) continue;
            meta.IssuedDate = $"{int.Parse(date.Groups[1].Value):D4}-{int.Parse(date.Groups[2].Value):D2}-{int.Parse(date.Groups[3].Value):D2}";
            break;
        }
    }

    [GeneratedRegex(@"^([\u4e00-\u9fa5]{2,14}?(?:省|自治区|市|自治州|地区|盟|区|县|旗))(?:人民政府|人民政府办公厅|人民政府办公室)(?:关于印发|文件$|$)")]
    private static partial Regex IssuingGovernment();
    [GeneratedRegex(@"关于印发(《?.+?(?:规划|纲要|计划)(?:[（(][^）)]{4,20}[）)])?》?)的通知")] private static partial Regex Notice();
    [GeneratedRegex(@"(规划|纲要|计划)([（(]\d{4}\s*[-—–－~至]\s*\d{4}\s*年?[）)])?$")] private static partial Regex TitleEnd();
    [GeneratedRegex(@"^(.{4,60}?(?:规划|纲要))[，,]")] private static partial Regex LeadingTitle();
    [GeneratedRegex(@"^[^:：，,。]{1,12}?讯\s*[:：]\s*")] private static partial Regex NewsTag();
    [GeneratedRegex(@"(?:编制实施|制定实施|编制|印发)《(.{4,60}?(?:规划|纲要))》")] private static partial Regex SelfReference();
    [GeneratedRegex(@"《中共.{2,20}?委关于制定(.+?)的建议》")] private static partial Regex Proposal();
    [GeneratedRegex(@"^((?:[\u4e00-\u9fa5]{2,8}?(?:省|自治区))?[\u4e00-\u9fa5]{2,8}?(?:市|自治州|地区|盟)?[\u4e00-\u9fa5]{0,8}?(?:区|县|旗|开发区|新区|投资区)|[\u4e00-\u9fa5]{2,8}?(?:省|自治区|市|自治州))(?=国民经济|“|""|十|第|[\u4e00-\u9fa5“”""]{2,16}规划)")] private static partial Regex RegionPrefix();
    [GeneratedRegex(@"^(?:中华人民共和国|全国|国家)(?=国民经济|“|十|第|[\u4e00-\u9fa5]{2,16}规划)")] private static partial Regex National();
    [GeneratedRegex(@"(?:“十[一二三四五六七八九]五”|十[一二三四五六七八九]五)?(?:时期)?(.{2,20}?)(?:专项)?规划")] private static partial Regex Subject();
    /// <summary>A web site's lines around an article: breadcrumb, navigation line (首页 | 政务公开 | 规划计划), 索引号 box
    /// (also as [ 主题分类 ] 国民经济发展规划、计划), date/source/font-size line, disclaimer.</summary>
    [GeneratedRegex(@"^(?:当前位置|您的位置|您现在的位置|所在位置|位置|索引号|发布时间|发布日期|发文日期|生成日期|成文日期|信息来源|来源|字号|字体|【字体|浏览次数|访问次数|点击数|免责声明|分享到|主题分类|组配分类|发布机构|公开方式|文章来源|作者|责任编辑)\s*[:：]?|首页\s*[>＞›»/|｜]|[>＞›»]\s*[\u4e00-\u9fa5]{2,12}\s*[>＞›»]|^[\[【]\s*(?:索引号|主题分类|体裁分类|组配分类|发文字号|文号|发布机构|成文日期|发布日期|有效性|服务对象)\s*[\]】]|^(?:[^|｜]{1,12}\s[|｜]\s){2,}[^|｜]{1,12}$")] private static partial Regex FrontMatter();
    [GeneratedRegex(@"([\u4e00-\u9fa5]{2})(台商投资区|经济技术开发区|高新技术产业开发区|综合实验区|开发区|新区|投资区|高新区)")] private static partial Regex RegionMention();
    [GeneratedRegex(@"开发区|投资区|新区|高新区|园区|试验区")] private static partial Regex DevZone();
    [GeneratedRegex(@"(20\d{2}|19\d{2})\s*[-—–－~至]\s*(20\d{2})\s*年?")] private static partial Regex YearRange();
    [GeneratedRegex(@"第(十?)([一二三四五六七八九]?)个五年|[“""『]?十([一二三四五六七八九])五[”""』]?(?=时期|规划|期间|[\u4e00-\u9fa5]{0,12}规划|”|$)")] private static partial Regex FiveYearPlan();
    [GeneratedRegex(@"([二〇ΟO○零一三四五六七八九]{4}|20\d{2})\s*年远景目标")] private static partial Regex Horizon();
    [GeneratedRegex(@"[\u4e00-\u9fa5]{1,6}〔\d{4}〕\d+号")] private static partial Regex DocNumber();
    [GeneratedRegex(@"^([\u4e00-\u9fa5]{2,20}(?:人民政府|人民政府办公厅|委员会|管委会|发展和改革委员会))(?:文件)?$")] private static partial Regex IssuerLine();
    [GeneratedRegex(@"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")] private static partial Regex DateLine();
    [GeneratedRegex(@"以《[^》]+》(?:[和、及与]《[^》]+》)*为(?:依据|指导)|根据《[^》]+》(?:[和、及与]《[^》]+》)*(?:编制|制定)")] private static partial Regex BasedOn();
    [GeneratedRegex(@"《([^》]+)》")] private static partial Regex Quoted();
}
