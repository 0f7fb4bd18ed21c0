using Lantu.Storage.Tasks;
namespace Lantu.Application.Exchange;

/// <summary>Reads a sheet's data rows by header name, collecting errors with the row and column Excel shows.</summary>
internal sealed class SheetReader
{
    private readonly Dictionary<string, int> _columns = new();
    public string Name { get; }
    public List<(int Row, string[] Cells)> Rows { get; } = new();
    public List<ImportError> Errors { get; }

    public SheetReader(Dictionary<string, SortedDictionary<int, string[]>> book, string name, IEnumerable<string> required, List<ImportError> errors)
    {
        Name = name;
        Errors = errors;
        if (!book.TryGetValue(name, out var rows) || rows.Count == 0)
        {
            errors.Add(new ImportError(name, 1, "", $"缺少工作表“{name}”或表头"));
            return;
        }
        var header = rows.First();
        for (int i = 0; i < header.Value.Length; i++)
            if (header.Value[i].Trim() is { Length: > 0 } h) _columns.TryAdd(h, i);
        foreach (var r in required.Where(r => !_columns.ContainsKey(r)))
            errors.Add(new ImportError(name, header.Key, r, $"缺少列“{r}”"));
        foreach (var (row, cells) in rows.Skip(1))
            if (cells.Any(c => c.Trim().Length > 0)) Rows.Add((row, cells));
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    public string Get(string[] cells, string column) =>
        _columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i].Trim() : "";

    public void Error(int row, string column, string message) =>
        Errors.Add(new ImportError(Name, row, _columns.TryGetValue(column, out var i) ? $"{Xlsx.ColumnName(i)}（{column}）" : column, message));
}
