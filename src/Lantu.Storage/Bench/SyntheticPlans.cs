using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Lantu.Storage.Bench;

/// <summary>
/// Plausible plans for scale tests, made from the bundled samples: the region is renamed throughout (other
/// cities, districts and development zones of southern China) and figures are perturbed (±15 %, same precision;
/// years and small ordinals kept), so each document is distinct content. Titles repeat once a sample's names
/// run out, so a large run also produces new versions of known plans, as real re-ingests do. Deterministic per seed.
/// </summary>
public static partial class SyntheticPlans
{
    public sealed record Document(string FileName, byte[] Bytes, PlanOverrides Overrides);

    private static readonly string[] Cities =
    [
        "漳州", "莆田", "三明", "南平", "龙岩", "宁德", "赣州", "吉安", "上饶", "九江", "宜春", "抚州", "温州", "台州", "丽水",
        "衢州", "金华", "绍兴", "湖州", "嘉兴", "汕头", "潮州", "揭阳", "梅州", "韶关", "清远", "肇庆", "江门", "湛江", "茂名",
        "桂林", "柳州", "梧州", "北海", "钦州", "玉林", "株洲", "湘潭", "衡阳", "岳阳", "常德", "益阳", "郴州", "永州", "怀化",
    ];

    private static readonly string[] Districts =
    [
        "芗城", "龙文", "城厢", "涵江", "荔城", "秀屿", "三元", "延平", "新罗", "蕉城", "章贡", "吉州", "信州", "浔阳", "袁州",
        "临川", "鹿城", "椒江", "莲都", "柯城", "婺城", "越城", "吴兴", "南湖", "金平", "湘桥", "榕城", "梅江", "浈江", "清城",
    ];

    /// <summary>How each bundled sample names its place: the city, the district (003 鲤城区), or a development zone (001).</summary>
    private static (string City, string? District, bool Zone) Place(SampleCorpus.Entry e) => Path.GetFileName(e.File)[..3] switch
    {
        "001" => ("泉州", null, true),
        "002" => ("福州", null, false),
        "003" => ("泉州", "鲤城", false),
        _ => ("厦门", null, false), // 000 the Xiamen outline plan, 004 数字厦门
    };

    public static IEnumerable<Document> Generate(int count, int seed = 1)
    {
        var samples = SampleCorpus.Entries().Select(e => (Entry: e, Text: File.ReadAllText(e.File))).ToList();
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var (entry, text) = samples[i % samples.Count];
            int round = i / samples.Count;
            var (city, district, zone) = Place(entry);
            var newCity = Cities[(round + i) % Cities.Length];
            if (newCity == city) newCity = Cities[(round + i + 1) % Cities.Length];
            var newDistrict = Districts[round % Districts.Length];

            var renamed = new StringBuilder(text);
            if (zone) renamed.Replace("台商投资区", "经济技术开发区").Replace("台商区", "经开区");
            if (district is not null) renamed.Replace(district, newDistrict);
            renamed.Replace(city, newCity);
            var body = Perturb(renamed.ToString(), random);

            var region = zone ? newCity + "经济技术开发区" : district is not null ? newDistrict + "区" : newCity + "市";
            var title = entry.Title is null ? null : entry.Title.Replace("泉州台商投资区", region);
            var overrides = new PlanOverrides(title, entry.Region is null ? null : region, entry.Level, entry.Kind);
            yield return new Document($"synthetic-{i + 1:D5}.txt", Encoding.UTF8.GetBytes(body), overrides);
        }
    }

    /// <summary>Figures change, structure does not: years (1900–2100) and integers below 100 (ordinals, box numbers) stay.</summary>
    private static string Perturb(string text, Random random) => Figure().Replace(text, m =>
    {
        var s = m.Value;
        var dot = s.IndexOf('.');
        var value = double.Parse(s, CultureInfo.InvariantCulture);
        if (dot < 0 && (value < 100 || (s.Length == 4 && value is >= 1900 and <= 2100))) return s;
        var changed = value * (0.85 + random.NextDouble() * 0.3);
        return dot < 0
            ? Math.Max(100, Math.Round(changed)).ToString("0", CultureInfo.InvariantCulture)
            : changed.ToString("F" + (s.Length - dot - 1), CultureInfo.InvariantCulture);
    });

    [GeneratedRegex(@"(?<![\d.])\d+(\.\d+)?(?![\d.])")]
    private static partial Regex Figure();
}
