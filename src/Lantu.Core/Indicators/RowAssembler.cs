using Lantu.Core.Text;

namespace Lantu.Core.Indicators;

/// <summary>
/// Turns raw rows into indicator rows: fills merged cells (category, sequence number, parent, attribute and a
/// row's values shared with the row above), links sub-rows to their parent, takes the unit out of the name, and
/// parses the target.
/// </summary>
public static class RowAssembler
{
    public static List<IndicatorRow> Assemble(TableRegion region, TableSchema schema, List<RawRow> raws, bool tabbed)
    {
        var values = schema.ValueColumns;
        var result = new List<IndicatorRow>();
        string? groupSeq = null, groupParent = null, groupParentName = null;
        var groupRows = new List<(IndicatorRow Row, RawRow Raw)>();
        string?[]? prevCells = null;
        IndicatorRow? prevRow = null;
        bool hasNoteCol = schema.Has(ColumnRole.Note);

        for (int i = 0; i < raws.Count; i++)
        {
            var r = raws[i];
            var row = new IndicatorRow
            {
                Table = region.Title, TableKind = schema.Kind, Source = RowSource.Table,
                LineStart = r.LineStart, LineEnd = r.LineEnd, BaseYear = schema.BaseYear, TargetYear = schema.TargetYear,
            };
            string name = r.Name, unit = r.Unit ?? "";
            bool parentOnly = r.HasSubRows;
            if (tabbed)
            {
                if (r.SubName is not null)
                {
                    if (r.Seq is null && r.Name.Length > 0 && r.AfterPageBreak && groupParentName is not null)
                    {
                        // A parent cell split by a page break: complete it on every row it covers.
                        var full = CjkText.JoinWrapped(groupParentName, r.Name);
                        foreach (var (gr, _) in groupRows) if (gr.Parent == groupParentName) gr.Parent = full;
                        groupParentName = full;
                        name = r.SubName;
                    }
                    else if (r.Name.Length > 0) { groupParentName = r.Name; name = r.SubName; }
                    else name = r.SubName;
                    row.Parent = groupParentName;
                }
                else if (r.ContinuesGroup && groupParentName is not null && r.Name.Length == 0) row.Parent = groupParentName;
                if (r.Seq is not null) { groupSeq = r.Seq; if (r.SubName is null) groupParentName = null; groupRows.Clear(); }
                row.Seq = r.Seq ?? (r.ContinuesGroup ? groupSeq : null);
            }
            else
            {
                if (r.Seq is not null)
                {
                    groupSeq = r.Seq; groupParent = name; groupRows.Clear();
                    bool childFollows = i + 1 < raws.Count && raws[i + 1].Seq is null;
                    // A numbered row without values followed by unnumbered rows is their parent.
                    parentOnly = r.HasSubRows || !r.HasValues && childFollows;
                    if (r.HasValues && childFollows && r.NameParts is { Length: 2 } parts)
                    {
                        // "11 城镇化率 户籍人口城镇化率 % …": a parent cell beside its first sub-indicator.
                        groupParent = parts[0];
                        name = parts[1];
                        row.Parent = parts[0];
                    }
                }
                else if (groupParent is not null)
                {
                    row.Parent = groupParent;
                }
                row.Seq = r.Seq ?? (groupParent is not null ? groupSeq : null);
            }

            var (n2, u2) = Units.SplitNameUnit(name);
            if (u2 is not null && unit.Length == 0) { name = n2; unit = u2; }
            row.Name = name;
            row.Category = Null(r.Category?.Text);
            var cells = (string?[])r.Values.Clone();
            bool sameGroup = prevRow is not null && row.Seq is not null && row.Seq == prevRow.Seq;
            if (!r.HasValues && !parentOnly && prevCells is not null && prevRow is not null && (sameGroup || !tabbed || r.Seq is not null))
            {
                // Merged value cells shared with the row above.
                for (int v = 0; v < cells.Length; v++) cells[v] = prevCells[v];
                if (unit.Length == 0 && sameGroup) unit = prevRow.Unit ?? "";
            }
            if (unit.Length == 0 && sameGroup && tabbed) unit = prevRow!.Unit ?? "";
            row.Unit = Null(unit);
            row.Attribute = Null(r.Attribute) ?? (parentOnly ? null : prevRow?.Attribute);
            var notes = r.Notes.ToList();
            if (notes.Count == 0 && hasNoteCol && tabbed && prevRow?.Note is not null)
                notes.Add(prevRow.Note); // a merged 完成情况 cell
            row.Note = notes.Count > 0 ? string.Join("；", notes) : null;

            for (int v = 0; v < values.Count; v++)
            {
                var text = Null(cells[v]);
                if (text is null) continue;
                switch (values[v].Role)
                {
                    case ColumnRole.Base: row.Base = text; break;
                    case ColumnRole.Target: row.Target = text; break;
                    case ColumnRole.Growth: row.Growth = text; break;
                    case ColumnRole.Actual: row.Actual = text; break;
                    case ColumnRole.FurtherTarget: (row.Targets ??= new())[values[v].Year!.Value] = text; break;
                    default: (row.Extra ??= new())[values[v].Label] = text; break;
                }
            }
            if (row.Targets is not null) row.Targets = TargetsByYear(schema, row);
            if (row.Unit is null && ValueUnits.Common(row) is { } valueUnit) row.Unit = valueUnit;
            if (row.Growth is null && row.Target is not null && schema.Has(ColumnRole.Growth)
                && TabTableReader.LooksLikeGrowth(row.Target, row.Unit ?? ""))
            {
                // A cell spanning target and growth (年均增长不低于10%) that states a growth rate.
                row.Growth = row.Target;
                row.Target = null;
            }
            row.Parsed = ParseTarget(row);
            result.Add(row);
            groupRows.Add((row, r));
            prevCells = parentOnly ? null : cells;
            prevRow = row;
        }
        return result;
    }

    /// <summary>Every target of the row in year order, the first target column's included.</summary>
    private static Dictionary<int, string> TargetsByYear(TableSchema schema, IndicatorRow row)
    {
        var all = new Dictionary<int, string>();
        if (row.Target is not null && schema.TargetYear is int first) all[first] = row.Target;
        foreach (var (year, text) in row.Targets!.OrderBy(t => t.Key)) all[year] = text;
        return all;
    }

    /// <summary>The target cell parsed; the growth cell when the target is empty or not available.</summary>
    public static ParsedTarget? ParseTarget(IndicatorRow row)
    {
        if (row.Target is not null)
        {
            var p = TargetParser.Parse(row.Target, row.Unit, row.Name);
            if (p.Kind != TargetKind.NotAvailable || row.Growth is null) return p;
        }
        if (row.Growth is not null) return TargetParser.Parse(row.Growth, row.Unit, row.Name, annual: true);
        return null;
    }

    private static string? Null(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
