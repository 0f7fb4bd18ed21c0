using Lantu.Core.Indicators.Shapes;

namespace Lantu.Core.Indicators;

/// <summary>
/// Turns raw rows into indicator rows, one row at a time in named steps: place the row in its group (the shape's
/// rule for sequence numbers and parents), take the unit out of the name, fill merged cells from the row above,
/// put the cells into fields, settle cells that belong elsewhere, and parse the target.
/// </summary>
public static class RowAssembler
{
    public static List<IndicatorRow> Assemble(TableRegion region, TableSchema schema, List<RawRow> raws, TableShapeReader shape)
    {
        var assembly = new Assembly(region, schema, shape);
        var rows = new List<IndicatorRow>(raws.Count);
        for (int i = 0; i < raws.Count; i++) rows.Add(assembly.Next(raws, i));
        return rows;
    }

    /// <summary>One table's rows being assembled: the current group and the row above.</summary>
    private sealed class Assembly(TableRegion region, TableSchema schema, TableShapeReader shape)
    {
        private readonly RowGroup group = new();
        private readonly IReadOnlyList<TableColumn> values = schema.ValueColumns;
        private string?[]? prevCells;
        private IndicatorRow? prevRow;

        public IndicatorRow Next(IReadOnlyList<RawRow> raws, int i)
        {
            var r = raws[i];
            var row = NewRow(r);
            var (name, parentOnly) = shape.PlaceInGroup(group, raws, i, row);
            (row.Name, var unit) = NameAndUnit(name, r.Unit);
            row.Category = Null(r.Category?.Text);
            (var cells, unit) = FillMergedCells(r, row, parentOnly, unit);
            row.Unit = Null(unit);
            FillAttributeAndNote(r, row, parentOnly);
            PlaceValues(row, cells);
            SettleValues(row);
            row.Parsed = ParseTarget(row);
            group.Rows.Add(row);
            prevCells = parentOnly ? null : cells;
            prevRow = row;
            return row;
        }

        /// <summary>"地区生产总值（亿元）": a unit printed in the name moves to the unit, unless the row has one.</summary>
        private static (string Name, string Unit) NameAndUnit(string name, string? unit)
        {
            var (bare, printed) = Units.SplitNameUnit(name);
            return printed is not null && string.IsNullOrEmpty(unit) ? (bare, printed) : (name, unit ?? "");
        }

        private IndicatorRow NewRow(RawRow r) => new()
        {
            Table = region.Title, TableKind = schema.Kind, Source = RowSource.Table,
            LineStart = r.LineStart, LineEnd = r.LineEnd, BaseYear = schema.BaseYear, TargetYear = schema.TargetYear,
        };

        /// <summary>The row's value cells; a row without values shares the merged cells of the row above (in a grid,
        /// only within its group or as a numbered row), and the unit of its group.</summary>
        private (string?[] Cells, string Unit) FillMergedCells(RawRow r, IndicatorRow row, bool parentOnly, string unit)
        {
            var cells = (string?[])r.Values.Clone();
            bool sameGroup = prevRow is not null && row.Seq is not null && row.Seq == prevRow.Seq;
            if (!r.HasValues && !parentOnly && prevCells is not null && prevRow is not null
                && (sameGroup || !shape.CellsFormGrid || r.Seq is not null))
            {
                for (int v = 0; v < cells.Length; v++) cells[v] = prevCells[v];
                if (unit.Length == 0 && sameGroup) unit = prevRow.Unit ?? "";
            }
            if (unit.Length == 0 && sameGroup && shape.CellsFormGrid) unit = prevRow!.Unit ?? "";
            return (cells, unit);
        }

        /// <summary>The attribute of the row above when the cell is merged; in a grid, a merged 完成情况 cell too.</summary>
        private void FillAttributeAndNote(RawRow r, IndicatorRow row, bool parentOnly)
        {
            row.Attribute = Null(r.Attribute) ?? (parentOnly ? null : prevRow?.Attribute);
            var notes = r.Notes.ToList();
            if (notes.Count == 0 && schema.Has(ColumnRole.Note) && shape.CellsFormGrid && prevRow?.Note is not null)
                notes.Add(prevRow.Note);
            row.Note = notes.Count > 0 ? string.Join("；", notes) : null;
        }

        /// <summary>Each value cell into the field of its column's role.</summary>
        private void PlaceValues(IndicatorRow row, string?[] cells)
        {
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
        }

        /// <summary>Targets by year, a unit the values agree on, and a growth rate printed in a cell spanning target
        /// and growth (年均增长不低于10%) moved to the growth field.</summary>
        private void SettleValues(IndicatorRow row)
        {
            if (row.Targets is not null) row.Targets = TargetsByYear(schema, row);
            if (schema.Kind == TableKind.Review && schema.Has(ColumnRole.Actual) && row.Base is { } total && IsBracketedTotal(total)
                && row.Target is null && row.Growth is null && row.Actual is null)
            {
                // A five-year total printed once across a review table's value cells ([4.5 ]) is the total reached.
                row.Actual = total;
                row.Base = null;
            }
            if (row.Unit is null && ValueUnits.Common(row) is { } valueUnit) row.Unit = valueUnit;
            if (row.Growth is null && row.Target is not null && schema.Has(ColumnRole.Growth)
                && CellText.LooksLikeGrowth(row.Target, row.Unit ?? ""))
            {
                row.Growth = row.Target;
                row.Target = null;
            }
        }
    }

    private static bool IsBracketedTotal(string cell) => cell.Length > 2 && cell[0] is '[' or '〔' or '【' or '［' && cell[^1] is ']' or '〕' or '】' or '］';

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
