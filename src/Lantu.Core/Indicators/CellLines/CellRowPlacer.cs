using Lantu.Core.Text;

namespace Lantu.Core.Indicators.CellLines;

/// <summary>
/// Places a stream of cells into rows and columns by what each cell looks like. Before the name: a category (text
/// followed by a sequence number or a name), a sequence number, then the name; merged cells printed only on the
/// first row they cover are simply absent on later rows, so a row may begin with its name. After the name: a unit
/// goes to the unit column, 预期性/约束性 to the attribute column, anything else to the next value or note column
/// in order, and an empty cell takes its column. A sequence number, a second attribute, or a name-like cell that no
/// column after the current one would take begins the next row.
/// </summary>
public sealed class CellRowPlacer(TableSchema schema)
{
    private readonly IReadOnlyList<TableColumn> cols = schema.Columns;
    /// <summary>The last sequence number placed, to tell the next row's number from a figure.</summary>
    private int lastSeq;
    private int NameCol => Index(ColumnRole.Name);
    private int Index(ColumnRole role) => cols.ToList().FindIndex(c => c.Role == role);

    public List<PlacedRow> Place(IReadOnlyList<StreamCell> cells)
    {
        var rows = new List<PlacedRow>();
        PlacedRow? row = null;
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var kind = CellKinds.Of(cell.Text);
            if (kind == CellKind.Seq && !OpensRow(row, cells, i)) kind = CellKind.Value;
            if (row is null || StartsRow(row, cells, i, kind))
            {
                if (row is not null) rows.Add(Finish(row));
                if (kind == CellKind.Empty) { row = null; continue; }
                row = new PlacedRow(cols.Count) { LineStart = cell.Line };
            }
            else if (cell.BlockStart && row.HasName) Advance(row); // the blank line was an empty cell
            row.LineEnd = cell.Line;
            if (kind is CellKind.Seq or CellKind.SeqName && int.TryParse(SeqNumber(cell.Text), out var seq)) lastSeq = seq;
            if (!row.HasName) PlaceLead(row, cells, i, kind);
            else PlaceBody(row, cells, i, kind);
        }
        if (row is not null) rows.Add(Finish(row));
        return rows;
    }

    /// <summary>A cell naming a 其中 sub-item: 其中:小学 after the name, or a further item (初中) after it.</summary>
    private static bool IsSubItem(PlacedRow row, string text, CellKind kind) =>
        row.HasName && kind == CellKind.Text && row.Figures.Count == 0
        && (HeaderReader.Compact(text).StartsWith("其中", StringComparison.Ordinal) || row.ListsSubItems);

    /// <summary>Shares the figures of a row listing sub-items out over its value columns, as many to each (one per
    /// item, or one for the parent and one per item); the readers' space between them parts them again.</summary>
    private PlacedRow Finish(PlacedRow row)
    {
        if (row.Figures.Count == 0) return row;
        var valueCols = Enumerable.Range(0, cols.Count).Where(c => cols[c].IsValue).ToList();
        if (row.Figures.Count > 1 && row.Figures.Count < valueCols.Count)
            row.Cells[valueCols[0]] = string.Join(" ", row.Figures); // one figure per item, in a cell spanning the value columns
        else if (valueCols.Count > 0 && row.Figures.Count % valueCols.Count == 0)
        {
            int k = row.Figures.Count / valueCols.Count;
            for (int v = 0; v < valueCols.Count; v++) row.Cells[valueCols[v]] = string.Join(" ", row.Figures.Skip(v * k).Take(k));
        }
        else
        {
            for (int f = 0; f < row.Figures.Count; f++)
                if (f < valueCols.Count) row.Cells[valueCols[f]] = row.Figures[f]; else row.Notes.Add(row.Figures[f]);
        }
        return row;
    }

    /// <summary>A bare number is a sequence number when a name follows it and it comes where a row can begin: the
    /// next number in order, after a complete row, or where the layout marks a row's start.</summary>
    private bool OpensRow(PlacedRow? row, IReadOnlyList<StreamCell> cells, int i)
    {
        if (NextNonEmpty(cells, i) is not { } next || !CellKinds.IsNameLike(next.Text)) return false;
        if (row is null || !row.HasName) return true;
        return int.TryParse(SeqNumber(cells[i].Text), out var n) && n == lastSeq + 1 || Complete(row) || cells[i].BlockStart;
    }

    private static string SeqNumber(string text) => new(text.TakeWhile(char.IsAsciiDigit).ToArray());

    private bool StartsRow(PlacedRow row, IReadOnlyList<StreamCell> cells, int i, CellKind kind)
    {
        if (kind is CellKind.Seq or CellKind.SeqName) return row.HasName || row.Seq is not null;
        if (!row.HasName) return false;
        if (row.Position == NameCol && IsSubItem(row, cells[i].Text, kind)) return false;
        if (kind == CellKind.Attribute) { int a = Index(ColumnRole.Attribute); return a >= 0 && row.Cells[a].Length > 0; }
        if (kind == CellKind.Empty) return false;
        if (ContinuesName(row, cells, i, kind)) return false;
        bool nameLike = CellKinds.IsNameLike(cells[i].Text);
        if (kind == CellKind.Text && nameLike && row.Position == NameCol && row.SubName is null
            && NextNonEmptyIndex(cells, i) is int f && CellKinds.Of(cells[f].Text) is CellKind.Text or CellKind.Seq or CellKind.SeqName && !IsFigure(cells, f))
            return true; // a row of names only: its values are merged cells above (氨氮 / 二氧化硫 under one value cell)
        if (cells[i].BlockStart)
        {
            if (Complete(row)) return true;
            return nameLike && kind == CellKind.Text && NextInBlock(cells, i) is { } next && CellKinds.Of(next.Text) is CellKind.Unit or CellKind.Value or CellKind.Text;
        }
        if (kind == CellKind.Text && nameLike && Complete(row)) return true;
        return NextFree(row, kind) < 0 && nameLike;
    }

    /// <summary>Every column that follows the name has been passed, or the attribute closing the row is placed.</summary>
    private bool Complete(PlacedRow row)
    {
        int attr = Index(ColumnRole.Attribute);
        int lastValue = Enumerable.Range(0, cols.Count).LastOrDefault(c => cols[c].IsValue || cols[c].Role == ColumnRole.Note, -1);
        if (attr >= 0 && row.Cells[attr].Length > 0 && attr > lastValue) return true;
        return row.Position >= Math.Max(attr, lastValue) && row.Position >= 0;
    }

    private static StreamCell? NextInBlock(IReadOnlyList<StreamCell> cells, int i) =>
        i + 1 < cells.Count && !cells[i + 1].BlockStart ? cells[i + 1] : null;

    private void PlaceLead(PlacedRow row, IReadOnlyList<StreamCell> cells, int i, CellKind kind)
    {
        var text = cells[i].Text;
        switch (kind)
        {
            case CellKind.Empty: return;
            case CellKind.Seq: row.Seq = text; return;
            case CellKind.SeqName: row.Name = text; row.Position = NameCol; return;
            case CellKind.Text when schema.Has(ColumnRole.Category) && row.Category is null && row.Seq is null
                && OpensIndicator(cells, i):
                row.Category = text; return;
            case CellKind.Text: row.Name = text; row.Position = NameCol; return;
            default:
                row.Name = ""; row.Position = NameCol; // the name is a merged cell above
                PlaceBody(row, cells, i, kind);
                return;
        }
    }

    private void PlaceBody(PlacedRow row, IReadOnlyList<StreamCell> cells, int i, CellKind kind)
    {
        var text = cells[i].Text;
        int unit = Index(ColumnRole.Unit), attr = Index(ColumnRole.Attribute);
        if (kind == CellKind.Empty) { Advance(row); return; }
        if (row.Position == NameCol && IsSubItem(row, text, kind)) { row.Name += " " + text; return; }
        if (row.ListsSubItems && kind is CellKind.Value or CellKind.Text) { row.Figures.Add(text); return; }
        if (ContinuesName(row, cells, i, kind)) { row.Name = CjkText.JoinWrapped(row.Name!, text); return; }
        if (kind == CellKind.Text && CellKinds.IsNameLike(text) && row.Position == NameCol && row.SubName is null && row.Name!.Length > 0
            && NextNonEmptyIndex(cells, i) is int k && IsFigure(cells, k))
        { row.SubName = text; return; } // 城镇化率 | 户籍人口城镇化率 | % …
        if (kind == CellKind.Attribute && attr >= 0) { row.Cells[attr] = text; row.Position = Math.Max(row.Position, attr); return; }
        if (unit > row.Position && (kind == CellKind.Unit || FlatTableReader.IsDash(text)))
        { row.Cells[unit] = text; row.Position = unit; return; }
        int c = NextFree(row, kind);
        if (c < 0) { row.Notes.Add(text); return; }
        row.Cells[c] = text;
        row.Position = c;
    }

    /// <summary>A name cell printed over two lines: a bracketed unit right after the name (最低生活保障平均标准 / (元/人、月)),
    /// or a second line followed by a sub-row label and then figures (最低生活保障 / 人数(万人) / 城市 / 2234.2) — a row
    /// has one name and one sub-row label, so of three texts before the figures the first two are one cell.</summary>
    private bool ContinuesName(PlacedRow row, IReadOnlyList<StreamCell> cells, int i, CellKind kind)
    {
        if (kind != CellKind.Text || row.Position != -1 && row.Position != NameCol || row.SubName is not null || string.IsNullOrEmpty(row.Name)) return false;
        var text = HeaderReader.Compact(cells[i].Text);
        if (text[0] is '(' or '（' && Units.SplitNameUnit("x" + text).Unit is not null) return true;
        if (!CellKinds.IsNameLike(text) || NextNonEmptyIndex(cells, i) is not int k || NextNonEmptyIndex(cells, k) is not int m) return false;
        return CellKinds.Of(cells[k].Text) == CellKind.Text && CellKinds.IsNameLike(cells[k].Text) && CellKinds.Of(cells[m].Text) is CellKind.Value or CellKind.Unit;
    }

    /// <summary>The next column after the current one that takes a value or a note.</summary>
    private int NextFree(PlacedRow row, CellKind kind)
    {
        for (int c = Math.Max(row.Position + 1, 0); c < cols.Count; c++)
        {
            var role = cols[c].Role;
            if (cols[c].IsValue || role == ColumnRole.Note) return c;
            if (role == ColumnRole.Unit && kind == CellKind.Unit) return c;
        }
        return -1;
    }

    /// <summary>An empty cell: the row moves one column on (past the unit column, into the value columns).</summary>
    private void Advance(PlacedRow row)
    {
        for (int c = row.Position + 1; c < cols.Count; c++)
            if (cols[c].Role is not (ColumnRole.Category or ColumnRole.Seq or ColumnRole.Name or ColumnRole.SubName))
            { row.Position = c; return; }
    }

    /// <summary>What follows a category cell: a name, a numbered name, or a sequence number followed by a name (a
    /// figure such as 100 after a name is a value, not a number).</summary>
    private static bool OpensIndicator(IReadOnlyList<StreamCell> cells, int i)
    {
        if (NextNonEmptyIndex(cells, i) is not int k) return false;
        var kind = CellKinds.Of(cells[k].Text);
        if (kind == CellKind.SeqName || CellKinds.IsNameLike(cells[k].Text)) return true;
        return kind == CellKind.Seq && NextNonEmpty(cells, k) is { } name && CellKinds.IsNameLike(name.Text);
    }

    /// <summary>A unit or a value; a bare number too (66 looks like a sequence number) when no name follows it.</summary>
    private static bool IsFigure(IReadOnlyList<StreamCell> cells, int k) => CellKinds.Of(cells[k].Text) switch
    {
        CellKind.Unit or CellKind.Value => true,
        CellKind.Seq => NextNonEmpty(cells, k) is not { } after || !CellKinds.IsNameLike(after.Text),
        _ => false,
    };

    private static int? NextNonEmptyIndex(IReadOnlyList<StreamCell> cells, int i)
    {
        for (int j = i + 1; j < cells.Count; j++) if (cells[j].Text.Length > 0) return j;
        return null;
    }

    private static StreamCell? NextNonEmpty(IReadOnlyList<StreamCell> cells, int i)
    {
        for (int j = i + 1; j < cells.Count; j++) if (cells[j].Text.Length > 0) return cells[j];
        return null;
    }
}
