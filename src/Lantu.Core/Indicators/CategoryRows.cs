using System.Text.RegularExpressions;

namespace Lantu.Core.Indicators;

/// <summary>
/// A category printed as a row of its own across the table (一、发展水平 in a cell spanning the row, or alone with the
/// other cells empty) is not an indicator: it sets the category of the rows below it, up to the next such row.
/// </summary>
public static partial class CategoryRows
{
    public static List<RawRow> Apply(IReadOnlyList<RawRow> raws)
    {
        var result = new List<RawRow>();
        CategoryCell? category = null;
        for (int i = 0; i < raws.Count; i++)
        {
            var r = raws[i];
            if (IsCategoryRow(r, i + 1 < raws.Count ? raws[i + 1] : null))
            {
                category = new CategoryCell { Text = CellText.StripEnum(r.Name) };
                continue;
            }
            if (category is not null && r.Category is null) r.Category = category;
            result.Add(r);
        }
        return result;
    }

    /// <summary>Only a name, no number, unit, value, attribute or note; and the name is enumerated as a heading
    /// (一、 （一）) or the rows below start their numbering at 1.</summary>
    private static bool IsCategoryRow(RawRow r, RawRow? next)
    {
        if (r.Seq is not null || r.SubName is not null || r.HasValues || r.Unit is not null || r.Attribute is not null) return false;
        if (r.Notes.Any(n => n.Trim().Length > 0)) return false;
        var name = HeaderReader.Compact(r.Name);
        if (name.Length is 0 or > 20 || name.Any(char.IsAsciiDigit)) return false;
        return EnumeratedHeading().IsMatch(name) || next?.Seq is "1";
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[)）])\S")]
    private static partial Regex EnumeratedHeading();
}
