using System.Globalization;
using System.Text.RegularExpressions;
using Lantu.Core.Tasks;
using Lantu.Storage;
using Lantu.Storage.Tasks;

namespace Lantu.Application.Exchange;

/// <summary>
/// The project list as an .xlsx workbook (sheets 规划 and 项目). A row with an empty 项目编号 adds a project by hand.
/// Import validates every row first and writes everything in one transaction; a file with any error changes nothing.
/// </summary>
public sealed partial class ProjectExchange(LantuSession session, PlanReader plans, ProjectStore projects)
{
    public const string ProjectSheet = "项目";
    private static readonly string[] Columns =
        ["项目编号", "项目名称", "专栏", "所属章节", "阶段", "计划投资", "计划投资单位", "已完成投资", "已完成投资单位", "开工时间", "竣工时间", "建设地点", "服务指标", "牵头单位", "原文行"];

    public int Export(long planId, string path)
    {
        var plan = plans.Detail(planId);
        var list = projects.List(planId);
        var rows = new List<IReadOnlyList<object?>> { Columns };
        rows.AddRange(list.Select(p => (IReadOnlyList<object?>)new object?[]
        {
            p.Key, p.Name, p.BoxNumber.Length > 0 ? $"专栏{p.BoxNumber} {p.BoxTitle}" : "", p.Chapter, p.Stage,
            Amount(p.PlannedInvestmentWan, p.PlannedInvestmentUnit), p.PlannedInvestmentUnit,
            Amount(p.CompletedInvestmentWan, p.CompletedInvestmentUnit), p.CompletedInvestmentUnit,
            p.StartDate, p.FinishDate, p.Location, p.Indicators, p.LeadDepartment,
            p.LineStart is int s ? $"{s}-{p.LineEnd}" : p.Manual ? "（手工添加）" : "（新版本中已无）",
        }));
        Xlsx.Write(path, [TaskExchange.PlanSheetOf(plan), new Xlsx.Sheet(ProjectSheet, rows)]);
        return list.Count;
    }

    private static double? Amount(double? wan, string? unit) => wan is double w && unit == Money.YiYuan ? w / 10000 : wan;

    public ImportResult Import(string path)
    {
        var errors = new List<ImportError>();
        Dictionary<string, SortedDictionary<int, string[]>> book;
        try { book = Xlsx.Read(path); }
        catch (Exception e) when (e is IOException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.IO.FileFormatException)
        {
            return TaskExchange.Fail(null, [new ImportError("", 0, "", $"无法读取 Excel 文件：{e.Message}")]);
        }
        var planId = TaskExchange.ResolvePlan(plans, book, errors);
        var sheet = new SheetReader(book, ProjectSheet, ["项目编号", "项目名称", "阶段", "计划投资", "计划投资单位", "已完成投资", "已完成投资单位"], errors);
        if (planId is null || errors.Count > 0) return TaskExchange.Fail(planId, errors);

        var existing = projects.List(planId.Value).ToDictionary(p => p.Key);
        var seen = new HashSet<string>();
        var updates = new List<ProjectView>();
        foreach (var (row, cells) in sheet.Rows)
        {
            var key = sheet.Get(cells, "项目编号");
            var name = sheet.Get(cells, "项目名称");
            if (name.Length == 0) { sheet.Error(row, "项目名称", "项目名称不能为空"); continue; }
            bool manual = key.Length == 0;
            if (manual) key = ProjectStore.ManualKey(name);
            if (!manual && !existing.ContainsKey(key)) { sheet.Error(row, "项目编号", $"本规划没有编号为“{key}”的项目（新增项目请留空编号）"); continue; }
            if (!seen.Add(key)) { sheet.Error(row, "项目编号", $"项目“{name}”重复出现"); continue; }
            var stage = sheet.Get(cells, "阶段");
            if (stage.Length > 0 && !Vocabulary.IsStage(stage)) sheet.Error(row, "阶段", $"无效的阶段“{stage}”，应为 {string.Join("、", Vocabulary.Stages)}");
            var planned = ReadMoney(sheet, row, cells, "计划投资", "计划投资单位");
            var completed = ReadMoney(sheet, row, cells, "已完成投资", "已完成投资单位");
            var start = ReadDate(sheet, row, cells, "开工时间");
            var finish = ReadDate(sheet, row, cells, "竣工时间");
            if (start is not null && finish is not null && string.CompareOrdinal(finish, start) < 0) sheet.Error(row, "竣工时间", $"竣工时间 {finish} 早于开工时间 {start}");
            existing.TryGetValue(key, out var old);
            updates.Add(new ProjectView
            {
                Key = key, Name = name, Manual = old?.Manual ?? manual, Chapter = Optional(sheet, cells, "所属章节") ?? old?.Chapter ?? "",
                Stage = stage.Length == 0 ? null : stage, PlannedInvestmentWan = planned?.Wan, PlannedInvestmentUnit = planned?.Unit,
                CompletedInvestmentWan = completed?.Wan, CompletedInvestmentUnit = completed?.Unit, StartDate = start, FinishDate = finish,
                Location = Optional(sheet, cells, "建设地点"), Indicators = Optional(sheet, cells, "服务指标"), LeadDepartment = Optional(sheet, cells, "牵头单位"),
            });
        }
        if (errors.Count > 0) return TaskExchange.Fail(planId, errors);

        session.Write((c, tx) =>
        {
            foreach (var p in updates) ProjectStore.Save(c, tx, planId.Value, p, "Excel 导入");
        });
        return new ImportResult { PlanId = planId.Value, Rows = updates.Count };
    }

    private static string? Optional(SheetReader sheet, string[] cells, string column) =>
        sheet.Get(cells, column) is { Length: > 0 } v ? v : null;

    private static Money? ReadMoney(SheetReader sheet, int row, string[] cells, string amountColumn, string unitColumn)
    {
        var text = sheet.Get(cells, amountColumn).Replace(",", "");
        var unitText = sheet.Get(cells, unitColumn);
        if (text.Length == 0)
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount < 0 || double.IsNaN(amount) || double.IsInfinity(amount))
        {
            sheet.Error(row, amountColumn, $"“{text}”不是非负数");
            return null;
        }
        var unit = Money.NormalizeUnit(unitText);
        if (unit is null)
        {
            sheet.Error(row, unitColumn, unitText.Length == 0 ? "填写了金额但缺少单位（万元 或 亿元）" : $"无效的单位“{unitText}”，应为 万元 或 亿元");
            return null;
        }
        return Money.Of(amount, unit);
    }

    /// <summary>yyyy, yyyy-MM or yyyy-MM-dd (also 2023年5月, 2023/5/1, or an Excel date number), stored as ISO text.</summary>
    private static string? ReadDate(SheetReader sheet, int row, string[] cells, string column)
    {
        var text = sheet.Get(cells, column);
        if (text.Length == 0) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial > 3000 && serial < 80000)
            return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var m = DatePattern().Match(text);
        if (m.Success)
        {
            int y = int.Parse(m.Groups["y"].Value), mo = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value) : 0, d = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value) : 0;
            if (y is >= 1990 and <= 2100 && mo is >= 0 and <= 12 && (d == 0 || mo > 0 && d <= DateTime.DaysInMonth(y, mo)))
                return mo == 0 ? $"{y:D4}" : d == 0 ? $"{y:D4}-{mo:D2}" : $"{y:D4}-{mo:D2}-{d:D2}";
        }
        sheet.Error(row, column, $"无法识别的日期“{text}”，应为 2023-05-01、2023-05 或 2023");
        return null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:\s*[-/.年]\s*(?<m>\d{1,2})(?:\s*[-/.月]\s*(?<d>\d{1,2})\s*日?|\s*月)?)?\s*年?$")]
    private static partial Regex DatePattern();
}
