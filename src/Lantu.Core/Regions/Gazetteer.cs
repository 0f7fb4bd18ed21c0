using System.Reflection;

namespace Lantu.Core.Regions;

/// <summary>
/// China's administrative divisions down to county level (embedded gazetteer.txt, generated from the statistics
/// codes by tools/gazetteer; see README.md here), so that a district or zone plan is placed under its city, a
/// namesake district (普陀区 of 上海市 or of 舟山市) told apart by the text around it, and a city under its province.
/// </summary>
public static class Gazetteer
{
    public sealed record City(string Name, string FullName, string Province);

    // Declared before the lists built from it: static fields initialise in order.
    private static readonly string[] Markers =
        ["土家族", "朝鲜族", "藏族", "彝族", "苗族", "布依族", "壮族", "哈尼族", "傣族", "白族", "傈僳族", "回族", "维吾尔", "蒙古", "柯尔克孜", "哈萨克", "自治", "地区", "盟"];

    /// <summary>Every division, provinces first, then prefectures, then counties, each in code order.</summary>
    public static IReadOnlyList<Division> All { get; } = Load();

    private static readonly ILookup<string, Division> ByName = All.ToLookup(d => d.Name);

    /// <summary>Prefecture-level cities and the four municipalities, with the short name running text uses.</summary>
    public static IReadOnlyList<City> Cities { get; } = All
        .Where(d => d.IsPrefecture || d.IsMunicipality)
        .Select(d => new City(d.ShortName, d.Name, d.Province.Name)).ToList();

    public static IReadOnlyList<string> Provinces { get; } = All.Where(d => d.IsProvince).Select(d => d.Name).ToList();

    /// <summary>Divisions of this exact name (鼓楼区 gives four).</summary>
    public static IReadOnlyList<Division> Named(string name) => ByName[name].ToList();

    /// <summary>The province of a city ("厦门市" or "厦门") or of a county-level division, or null.</summary>
    public static string? ProvinceOf(string region) =>
        Cities.FirstOrDefault(c => c.FullName == region || c.Name == region)?.Province
        ?? (ByName[region].Select(d => d.Province.Name).Distinct().ToList() is [var only] ? only : null);

    /// <summary>The city a text speaks of most, by its full name (泉州市), ignoring <paramref name="except"/>.</summary>
    public static string? MostMentionedCity(string text, string? except = null)
    {
        City? best = null;
        int bestCount = 0;
        foreach (var city in Cities)
        {
            if (city.FullName == except || city.Name.Length < 2) continue;
            int count = Mentions.Count(text, city.FullName) * 3 + Mentions.Count(text, city.Name);
            if (count > bestCount) (best, bestCount) = (city, count);
        }
        return bestCount >= 3 ? best!.FullName : null;
    }

    /// <summary>The division a region name means (<see cref="RegionResolver"/>).</summary>
    public static Division? Resolve(string region, string context) => RegionResolver.Resolve(region, context);

    /// <summary>The short form used in running text: 恩施土家族苗族自治州 → 恩施, 阿克苏地区 → 阿克苏,
    /// 广西壮族自治区 → 广西, 厦门市 → 厦门.</summary>
    public static string ShortForm(string name)
    {
        int cut = Markers.Select(m => name.IndexOf(m, StringComparison.Ordinal)).Where(i => i > 1).DefaultIfEmpty(-1).Min();
        if (cut > 1) return name[..cut];
        return name.Length > 2 && (name.EndsWith('市') || name.EndsWith('省')) ? name[..^1] : name;
    }

    private static List<Division> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Lantu.Core.Regions.gazetteer.txt")!;
        using var reader = new StreamReader(stream);
        var byCode = new Dictionary<string, Division>();
        var all = new List<Division>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            int tab = line.IndexOf('\t');
            if (line.StartsWith('#') || tab < 0) continue;
            var code = line[..tab];
            // A county whose prefecture is a pseudo one (市辖区, 省直辖县级行政区划) hangs under the province.
            var parent = code.Length switch
            {
                2 => null,
                4 => byCode[code[..2]],
                _ => byCode.GetValueOrDefault(code[..4]) ?? byCode[code[..2]],
            };
            var division = new Division(code, line[(tab + 1)..].Trim(), parent);
            parent?.Children.Add(division);
            byCode[code] = division;
            all.Add(division);
        }
        return all;
    }
}
