using Lantu.Core.Normalization;

namespace Lantu.Core.Indicators.Shapes;

/// <summary>
/// PDF text: cells separated by spaces and wrapped over lines. There is no second name column, so a numbered row
/// without values followed by unnumbered rows is their parent, and "11 城镇化率 户籍人口城镇化率 …" is a parent cell
/// beside its first sub-indicator.
/// </summary>
public sealed class FlatShape : TableShapeReader
{
    public override TableShape Shape => TableShape.Flat;
    public override bool CellsFormGrid => false;

    public override (TableSchema Schema, List<RawRow> Rows) Read(NormalizedDocument doc, TableRegion region) => FlatTableReader.Read(doc, region);

    internal override (string Name, bool ParentOnly) PlaceInGroup(RowGroup group, IReadOnlyList<RawRow> raws, int index, IndicatorRow row)
    {
        var r = raws[index];
        string name = r.Name;
        bool parentOnly = r.HasSubRows;
        if (r.Seq is not null)
        {
            group.Start(r.Seq, name);
            bool childFollows = index + 1 < raws.Count && raws[index + 1].Seq is null;
            parentOnly = r.HasSubRows || !r.HasValues && childFollows;
            if (r.HasValues && childFollows && r.NameParts is { Length: 2 } parts)
            {
                group.Parent = parts[0];
                name = parts[1];
                row.Parent = parts[0];
            }
        }
        else if (group.Parent is not null) row.Parent = group.Parent;
        row.Seq = r.Seq ?? (group.Parent is not null ? group.Seq : null);
        return (name, parentOnly);
    }
}
