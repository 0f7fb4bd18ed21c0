namespace Lantu.Core.Regions;

/// <summary>One administrative division of the gazetteer: a province (省级), a prefecture (地级) or a county-level
/// division (县级: 区, 县, 县级市, 旗, and the development zones the statistics codes list).</summary>
public sealed class Division(string code, string name, Division? parent)
{
    /// <summary>The statistical division code: 2 digits for a province, 4 for a prefecture, 6 for a county.</summary>
    public string Code { get; } = code;

    public string Name { get; } = name;

    /// <summary>The division one level up; a municipality's district and a county directly under its province
    /// (济源市, 石河子市) have the province.</summary>
    public Division? Parent { get; } = parent;

    public List<Division> Children { get; } = new();

    public bool IsProvince => Code.Length == 2;
    public bool IsPrefecture => Code.Length == 4;
    public bool IsCounty => Code.Length == 6;

    /// <summary>北京市, 天津市, 上海市, 重庆市: province-level cities whose districts are their counties.</summary>
    public bool IsMunicipality => IsProvince && Name.EndsWith('市');

    public Division Province => Parent is null ? this : Parent.Province;

    /// <summary>The city a county-level division belongs to: its prefecture, or the municipality itself.</summary>
    public Division? City => IsCounty && Parent is { } p && (p.IsPrefecture || p.IsMunicipality) ? p : IsPrefecture ? this : null;

    /// <summary>The name with its parents, as an address writes it: 上海市黄浦区, 福建省福州市鼓楼区, 河南省济源市.</summary>
    public string FullName => Parent is null ? Name : Parent.FullName + Name;

    /// <summary>The form running text uses for provinces and prefectures: 福建, 厦门, 恩施, 广西, 大兴安岭; a county
    /// keeps its full name (黄浦 alone is a river, 鼓楼 a building).</summary>
    public string ShortName => IsCounty ? Name : Gazetteer.ShortForm(Name);

    public override string ToString() => $"{Code} {FullName}";
}
