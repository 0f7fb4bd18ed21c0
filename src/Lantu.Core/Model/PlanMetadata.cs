namespace Lantu.Core.Model;

/// <summary>What a plan says about itself; every field may be null when the document does not say.</summary>
public sealed class PlanMetadata
{
    public string? Title { get; set; }
    public string? Region { get; set; }
    /// <summary>省, 市, 县区 or 开发区.</summary>
    public string? Level { get; set; }
    /// <summary>总体规划 or 专项规划.</summary>
    public string? Kind { get; set; }
    /// <summary>The subject of a special plan (数字厦门).</summary>
    public string? Subject { get; set; }
    public int? PeriodStart { get; set; }
    public int? PeriodEnd { get; set; }
    /// <summary>The long-range horizon year (2035).</summary>
    public int? HorizonYear { get; set; }
    public string? Issuer { get; set; }
    public string? DocumentNumber { get; set; }
    /// <summary>ISO date (yyyy-MM-dd) of issue where printed.</summary>
    public string? IssuedDate { get; set; }
    /// <summary>The region one level up: the city a district or zone plan names, the province of a city.</summary>
    public string? ParentRegion { get; set; }
    /// <summary>The region with the divisions above it, as the gazetteer names it (上海市黄浦区, 浙江省舟山市普陀区),
    /// when the region is a division the gazetteer holds and, for a namesake, the text tells which.</summary>
    public string? FullRegion { get; set; }
    /// <summary>Titles of the plans this one names as its basis (以《…》为依据).</summary>
    public List<string> BasedOn { get; } = new();
}
