using System.Reflection;

namespace Lantu.Core.Regions;

/// <summary>
/// China's province-level divisions and prefecture-level cities (embedded gazetteer.txt), so that a district or
/// zone plan can be placed under the city it names and a city under its province.
/// </summary>
public static class Gazetteer
{
    public sealed record City(string Name, string FullName, string Province);

    public static IReadOnlyList<City> Cities { get; } = Load();

    public static IReadOnlyList<string> Provinces { get; } = Cities.Select(c => c.Province).Distinct().ToList();

    /// <summary>The province of a city ("厦门市" or "厦门"), or null.</summary>
    public static string? ProvinceOf(string region) =>
        Cities.FirstOrDefault(c => c.FullName == region || c.Name == region)?.Province;

    /// <summary>The city a text speaks of most, by its full name (泉州市), ignoring <paramref name="except"/>.</summary>
    public static string? MostMentionedCity(string text, string? except = null)
    {
        City? best = null;
        int bestCount = 0;
        foreach (var city in Cities)
        {
            if (city.FullName == except || city.Name.Length < 2) continue;
            int count = Count(text, city.FullName) * 3 + Count(text, city.Name);
            if (count > bestCount) (best, bestCount) = (city, count);
        }
        return bestCount >= 3 ? best!.FullName : null;
    }

    private static int Count(string text, string needle)
    {
        int n = 0;
        for (int i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static List<City> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Lantu.Core.Regions.gazetteer.txt")!;
        using var reader = new StreamReader(stream);
        var cities = new List<City>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.StartsWith('#') || !line.Contains(':')) continue;
            var province = line[..line.IndexOf(':')].Trim();
            foreach (var name in line[(line.IndexOf(':') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                bool suffixed = name.EndsWith("州") && name.Length > 3 || name.EndsWith("地区") || name.EndsWith("盟");
                cities.Add(new City(Short(name), suffixed ? name : name + "市", province));
            }
        }
        return cities;
    }

    /// <summary>The short form used in running text: 恩施土家族苗族自治州 → 恩施, 阿克苏地区 → 阿克苏.</summary>
    private static string Short(string name)
    {
        foreach (var marker in new[] { "土家族", "朝鲜族", "藏族", "彝族", "苗族", "布依族", "壮族", "哈尼族", "傣族", "白族", "傈僳族", "回族", "蒙古", "柯尔克孜", "哈萨克", "地区", "盟" })
        {
            int i = name.IndexOf(marker, StringComparison.Ordinal);
            if (i > 1) return name[..i];
        }
        return name;
    }
}
