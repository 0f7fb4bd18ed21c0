using Lantu.Core.Model;
using Lantu.Core.Regions;

namespace Lantu.Core.Structure;

/// <summary>
/// Places a plan's region in the gazetteer: its level (a county-level city such as 晋江市 is 县区, not 市; 滨海新区
/// is a district, not a development zone), the city or province above it, and its full name. A namesake district
/// is told by the text (<see cref="RegionResolver"/>).
/// </summary>
public static class RegionPlacement
{
    /// <summary>The level the gazetteer gives a region name, when every division of that name has the same level.</summary>
    public static string? LevelOf(string region)
    {
        var named = Gazetteer.Named(region);
        if (named.Count == 0 && Gazetteer.Resolve(region, "") is { } d) named = [d];
        var levels = named.Select(Level).Distinct().ToList();
        return levels.Count == 1 ? levels[0] : null;
    }

    /// <summary>A region written with its city in front (南京市鼓楼区, 上海市黄浦区) becomes the division's own name,
    /// the full name keeping the city.</summary>
    public static void TrimParentPrefix(PlanMetadata meta)
    {
        if (meta.Region is not { } region || Gazetteer.Named(region).Count > 0) return;
        if (Gazetteer.Resolve(region, "") is { IsCounty: true } d && region.EndsWith(d.Name, StringComparison.Ordinal))
            (meta.Region, meta.FullRegion) = (d.Name, d.FullName);
    }

    /// <summary>Parent region and full name from the gazetteer, the text deciding between namesakes; null when
    /// the region is not a division it holds (泉州台商投资区) or the text does not tell.</summary>
    public static Division? Place(PlanMetadata meta, string context)
    {
        if (meta.Region is not { } region) return null;
        var d = Gazetteer.Resolve(region, (meta.FullRegion ?? "") + (meta.Title ?? "") + context);
        if (d is null) return null;
        meta.FullRegion = d.FullName;
        meta.ParentRegion = d.IsCounty ? (d.City ?? d.Province).Name : d.IsPrefecture ? d.Province.Name : MetadataDetector.NationalRegion;
        return d;
    }

    /// <summary>省, 市, 县区, or 开发区 for the zones the statistics codes list (county digits 71–80; 81–99 are
    /// county-level cities). A municipality (北京, 天津, 上海, 重庆) is province-level: 省, its parent the nation.</summary>
    private static string Level(Division d) => d switch
    {
        { IsProvince: true } => "省",
        { IsPrefecture: true } => "市",
        _ when int.Parse(d.Code[4..]) is >= 71 and <= 80 => "开发区",
        _ => "县区",
    };
}
