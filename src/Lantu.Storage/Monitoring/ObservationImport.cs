using System.Globalization;
using Lantu.Core.Monitoring;

namespace Lantu.Storage.Monitoring;

/// <summary>One problem in an import file: where (row, column) and what.</summary>
public sealed record ImportProblem(int Row, string Column, string Message)
{
    public override string ToString() => $"第{Row}行 {Column}列：{Message}";
}

/// <summary>An import refused as a whole; nothing was stored.</summary>
public sealed class ImportRejectedException(string file, IReadOnlyList<ImportProblem> problems)
    : Exception($"{file}：{problems.Count} 处错误，未导入任何数据。" + Environment.NewLine + string.Join(Environment.NewLine, problems.Take(50)))
{
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;
}

/// <summary>
/// Imports observed values from the template Lantu exports per plan (CSV or .xlsx): 指标编号, 指标名称, 单位, one column
/// per year, 来源, 备注. Every cell is checked first (number format, indicator id and name, plausibility rules);
/// any problem rejects the whole file with row-level messages, and nothing is stored. A clean file is stored in
/// one transaction.
/// </summary>
public sealed class ObservationImport(LantuDatabase db)
{
    public sealed record Result(long PlanId, int Values)
    {
        /// <summary>The checked values (what was stored, or with validateOnly what would be).</summary>
        public IReadOnlyList<ObservationInput> Inputs { get; init; } = [];
    }

    /// <summary>Checks and stores the file; with <paramref name="validateOnly"/> it only checks and returns the values
    /// (a reporter's file then goes to review as submissions, see SubmissionImport).</summary>
    public Result Import(long planId, long versionId, byte[] bytes, string fileName, string reportedBy, bool validateOnly = false)
    {
        var table = TemplateFile.Read(bytes, fileName);
        var indicators = new IndicatorReader(db).List(versionId).ToDictionary(i => i.Id);
        var store = new ObservationStore(db);
        var current = store.CurrentAnnual(planId);
        var problems = new List<ImportProblem>();
        var inputs = new List<ObservationInput>();

        var header = table.Count > 0 ? table[0] : [];
        int Col(string name) => Array.FindIndex(header, h => h.Trim() == name);
        int idCol = Col(TemplateFile.IdColumn), nameCol = Col(TemplateFile.NameColumn), sourceCol = Col(TemplateFile.SourceColumn), noteCol = Col(TemplateFile.NoteColumn);
        var yearCols = header.Select((h, i) => (Year: int.TryParse(h.Trim().TrimEnd('年'), out var y) && y is > 1949 and < 2100 ? y : 0, Index: i))
            .Where(c => c.Year > 0).ToList();
        if (idCol < 0) problems.Add(new ImportProblem(1, TemplateFile.IdColumn, "缺少“指标编号”列（请使用 lantu template 导出的模板）"));
        if (yearCols.Count == 0) problems.Add(new ImportProblem(1, "年份", "没有年份列（如 2021、2022）"));
        if (problems.Count > 0) throw new ImportRejectedException(fileName, problems);

        for (int r = 1; r < table.Count; r++)
        {
            var row = table[r];
            string Cell(int i) => i >= 0 && i < row.Length ? row[i].Trim() : "";
            if (row.All(string.IsNullOrWhiteSpace)) continue;
            int rowNo = r + 1;
            if (!int.TryParse(Cell(idCol), out var id) || !indicators.TryGetValue(id, out var indicator))
            {
                problems.Add(new ImportProblem(rowNo, TemplateFile.IdColumn, $"指标编号“{Cell(idCol)}”不存在"));
                continue;
            }
            if (nameCol >= 0 && Cell(nameCol).Length > 0 && Cell(nameCol) != indicator.Name)
                problems.Add(new ImportProblem(rowNo, TemplateFile.NameColumn, $"指标编号 {id} 对应“{indicator.Name}”，与表中名称“{Cell(nameCol)}”不符（模板可能已过期）"));
            var (source, note) = (Nullable(Cell(sourceCol)), Nullable(Cell(noteCol)));
            var known = current.GetValueOrDefault(indicator.Key) ?? new Dictionary<int, double>();
            foreach (var (year, index) in yearCols)
            {
                var text = Cell(index);
                if (text.Length == 0) continue;
                if (!double.TryParse(text.TrimEnd('%', '％'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    problems.Add(new ImportProblem(rowNo, header[index], $"“{text}”不是数字"));
                    continue;
                }
                double? previous = known.TryGetValue(year - 1, out var p) ? p : null;
                foreach (var message in ObservationRules.Check(indicator.Name, indicator.Unit, value, previous, note))
                    problems.Add(new ImportProblem(rowNo, header[index], message));
                known[year] = value;
                inputs.Add(new ObservationInput(indicator.Key, year, value, source, note));
            }
        }
        if (problems.Count > 0) throw new ImportRejectedException(fileName, problems);
        if (inputs.Count == 0) throw new ImportRejectedException(fileName, [new ImportProblem(2, "年份", "文件中没有任何数值")]);
        if (!validateOnly) store.RecordAll(planId, inputs, reportedBy);
        return new Result(planId, inputs.Count) { Inputs = inputs };
    }

    private static string? Nullable(string s) => s.Length == 0 ? null : s;
}
