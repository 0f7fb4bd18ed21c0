using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lantu.Core.Regions;
using Lantu.Storage;

namespace Lantu.Application.Samples;

/// <summary>
/// Plausible plans for scale tests, made from the bundled samples: every document is a different plan (its own
/// title and region) with the shape of one sample — the region is renamed throughout and figures are perturbed
/// (±15 %, same precision; years and small ordinals kept). Regions come from the embedded gazetteer (prefecture
/// cities, then generated county-level cities), generated districts and development zones named after those
/// cities, so up to <see cref="Capacity"/> documents are distinct plans. Deterministic per seed.
/// </summary>
public static partial class SyntheticPlans
{
    public sealed record Document(string FileName, byte[] Bytes, PlanOverrides Overrides);

    /// <summary>Who document i is: which sample it is shaped on, its region and title.</summary>
    public sealed record Naming(string Sample, string Region, string Title, string City);

    private const string MasterPlan = "国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要";

    /// <summary>(full name, short name) of the development zones a zone plan may become.</summary>
    private static readonly (string Full, string Short)[] ZoneKinds =
        [("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区"), ("新区", "新区"), ("工业园区", "园区")];

    // Characters common in Chinese place names; their pairs make county-level cities and districts that do not exist.
    private const string First = "东西南北中安永长宁平新兴福德宝金丰泰华昌和清江海山云龙凤阳明广恒洪瑞嘉建开庆仁顺通文武祥益元正汉荣鹤鸿怀会吉济景乐临隆罗茂宜崇";
    private const string Second = "城安宁平阳山江川河湖海源泉溪林台州陵丰昌兴德化水口关桥岭峰田原坪坝康乐和泽沙塘浦门港洲湾滨渡营集坊堡石岩谷阜桑梓屯庄镇里埠亭岗冈丘渚汀池潭津";

    private static readonly string[] Originals = ["厦门", "泉州", "福州", "鲤城"];

    /// <summary>Real prefecture cities other than the samples' own.</summary>
    private static readonly Lazy<string[]> Cities = new(() =>
        Gazetteer.Cities.Where(c => c.FullName == c.Name + "市" && !Originals.Contains(c.Name)).Select(c => c.Name).Distinct().ToArray());

    /// <summary>Two-character names that are no real city or county (永安市 is real); a fixed shuffle so neighbours differ.</summary>
    private static readonly Lazy<string[]> Invented = new(() =>
    {
        var real = Gazetteer.All.Select(d => Gazetteer.ShortForm(d.Name)).Concat(Originals).ToHashSet();
        var names = First.Distinct().SelectMany(a => Second.Distinct().Where(b => b != a).Select(b => $"{a}{b}"))
            .Where(n => !real.Contains(n)).ToArray();
        new Random(7).Shuffle(names);
        return names;
    });

    /// <summary>City-shaped plans (000, 002, 004) draw from real cities, then invented county-level cities.</summary>
    private static string CityName(int k) => k < Cities.Value.Length ? Cities.Value[k] : Invented.Value[k - Cities.Value.Length];

    /// <summary>How many distinct plans the generator can make (five per round, each round needs two new city names).</summary>
    public static int Capacity =>
        5 * Math.Min((Cities.Value.Length + Invented.Value.Length) / 2, Invented.Value.Length);

    /// <summary>
    /// Document i is shaped on sample i mod 5, in round i / 5. The two city master plans of a round take two
    /// different city names (their titles would otherwise be the same plan), the special plan "数字X" the first of
    /// them, the district plan an invented district of a real city, the zone plan a zone of the round's city.
    /// </summary>
    public static Naming Name(int i)
    {
        if (i < 0 || i >= Capacity)
            throw new ArgumentOutOfRangeException(nameof(i), $"仿真规划最多生成 {Capacity} 份不同的规划 (the generator makes at most {Capacity} distinct plans)");
        int round = i / 5;
        var cities = Cities.Value;
        var city = cities[round % cities.Length];
        switch (i % 5)
        {
            case 0:
                return new("000", CityName(2 * round) + "市", CityName(2 * round) + "市" + MasterPlan, CityName(2 * round));
            case 1:
                var zone = CityName(round) + ZoneKinds[round % ZoneKinds.Length].Full;
                return new("001", zone, zone + MasterPlan, CityName(round));
            case 2:
                return new("002", CityName(2 * round + 1) + "市", CityName(2 * round + 1) + "市" + MasterPlan, CityName(2 * round + 1));
            case 3:
                var district = Invented.Value[^(round + 1)] + "区";
                return new("003", district, district + MasterPlan, city);
            default:
                var name = CityName(2 * round);
                return new("004", name + "市", $"{name}市“十四五”数字{name}专项规划", name);
        }
    }

    public static IEnumerable<Document> Generate(int count, int seed = 1)
    {
        if (count > Capacity)
            throw new ArgumentOutOfRangeException(nameof(count), $"仿真规划最多生成 {Capacity} 份不同的规划 (the generator makes at most {Capacity} distinct plans)");
        var samples = SampleCorpus.Entries().ToDictionary(e => Path.GetFileName(e.File)[..3], e => (Entry: e, Text: File.ReadAllText(e.File)));
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var naming = Name(i);
            var (entry, text) = samples[naming.Sample];
            var body = Perturb(Rename(naming, text).ToString(), random);
            var overrides = new PlanOverrides(naming.Title, naming.Region, entry.Level, entry.Kind);
            yield return new Document($"synthetic-{i + 1:D5}.txt", Encoding.UTF8.GetBytes(body), overrides);
        }
    }

    /// <summary>The sample's own place names replaced by the new ones, longest first.</summary>
    private static StringBuilder Rename(Naming n, string text)
    {
        var sb = new StringBuilder(text);
        switch (n.Sample)
        {
            case "001":
                var kind = ZoneKinds.First(k => n.Region.EndsWith(k.Full, StringComparison.Ordinal));
                sb.Replace("台商投资区", kind.Full).Replace("台商区", kind.Short).Replace("泉州", n.City);
                break;
            case "002":
                sb.Replace("福州", n.City);
                break;
            case "003":
                sb.Replace("鲤城", n.Region[..^1]).Replace("泉州", n.City);
                break;
            default: // 000 the Xiamen outline plan, 004 数字厦门
                sb.Replace("厦门", n.City);
                break;
        }
        return sb;
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
