using System.Globalization;
using Lantu.Application.Monitoring;
using Lantu.Storage;
using Lantu.Storage.Monitoring;

namespace Lantu.Application.Exchange;

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
/// per year (and optionally per quarter: 2024Q1), 来源, 备注. Every cell is checked first (number format, indicator id
/// and name, plausibility rules, relations between sub-rows and their parent); any error rejects the whole file with
/// row-level messages, and nothing is stored. A clean file is stored in one transaction; values with a warning are
/// stored with it as their flag and listed in the result.
/// </summary>
public sealed class ObservationImport(IndicatorReader indicatorReader, ObservationValidator validator, ObservationStore observations)
{
    /// <summary>What was stored; <see cref="Warnings"/> are the values stored with a flag (row, column, why).</summary>
    public sealed record Result(long PlanId, int Values)
    {
        public IReadOnlyList<ImportProblem> Warnings { get; init; } = [];
        /// <summary>The checked values, flags included (what was stored, or with validateOnly what would be).</summary>
        public IReadOnlyList<ObservationInput> Inputs { get; init; } = [];
    }

    /// <summary>Checks and stores the file; with <paramref name="validateOnly"/> it only checks and returns the values
    /// (a reporter's file then goes to review as submissions, see SubmissionImport).</summary>
    public Result Import(long planId, long versionId, byte[] bytes, string fileName, string reportedBy, bool validateOnly = false)
    {
        var table = TemplateFile.Read(bytes, fileName);
        var indicators = indicatorReader.List(versionId).ToDictionary(i => i.Id);
        var problems = new List<ImportProblem>();
        var inputs = new List<ObservationInput>();
        var cells = new List<(int Row, string Column)>();

        var header = table.Count > 0 ? table[0] : [];
        int Col(string name) => Array.FindIndex(header, h => h.Trim() == name);
        int idCol = Col(TemplateFile.IdColumn), nameCol = Col(TemplateFile.NameColumn), sourceCol = Col(TemplateFile.SourceColumn), noteCol = Col(TemplateFile.NoteColumn);
        var periodCols = header.Select((h, i) => (Period: TemplateFile.Period(h), Index: i)).Where(c => c.Period is not null)
            .Select(c => (c.Period!.Value.Year, c.Period.Value.Quarter, c.Index)).ToList();
        if (idCol < 0) problems.Add(new ImportProblem(1, TemplateFile.IdColumn, "缺少“指标编号”列（请使用 lantu template 导出的模板）"));
        if (periodCols.Count == 0) problems.Add(new ImportProblem(1, "年份", "没有年份列（如 2021、2022，季度如 2024Q1）"));
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
            foreach (var (year, quarter, index) in periodCols)
            {
                var text = Cell(index);
                if (text.Length == 0) continue;
                if (!double.TryParse(text.TrimEnd('%', '％'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    problems.Add(new ImportProblem(rowNo, header[index], $"“{text}”不是数字"));
                    continue;
                }
                int earlier = inputs.FindIndex(x => x.IndicatorKey == indicator.Key && x.Year == year && x.Quarter == quarter);
                if (earlier >= 0)
                {
                    problems.Add(new ImportProblem(rowNo, header[index], $"指标编号 {id} 的这一期已在第{cells[earlier].Row}行填写，同一期只能填一个值"));
                    continue;
                }
                inputs.Add(new ObservationInput(indicator.Key, year, value, source, note, quarter));
                cells.Add((rowNo, header[index].Trim()));
            }
        }
        // Plausibility and relations between sub-rows and their parent, with the whole file's values together.
        var findings = validator.Check(planId, versionId, inputs);
        problems.AddRange(findings.Where(f => f.Error).Select(f => new ImportProblem(cells[f.Index].Row, cells[f.Index].Column, f.Message)));
        if (problems.Count > 0) throw new ImportRejectedException(fileName, problems.OrderBy(p => p.Row).ToList());
        if (inputs.Count == 0) throw new ImportRejectedException(fileName, [new ImportProblem(2, "年份", "文件中没有任何数值")]);
        var flagged = ObservationValidator.Flagged(inputs, findings);
        if (!validateOnly) observations.RecordAll(planId, flagged, reportedBy);
        return new Result(planId, inputs.Count)
        {
            Inputs = flagged,
            Warnings = findings.Select(f => new ImportProblem(cells[f.Index].Row, cells[f.Index].Column, f.Message)).ToList(),
        };
    }

    private static string? Nullable(string s) => s.Length == 0 ? null : s;
}
