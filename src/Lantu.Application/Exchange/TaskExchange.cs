using System.Globalization;
using Dapper;
using Lantu.Core.Tasks;
using Lantu.Storage;
using Lantu.Storage.Records;
using Lantu.Storage.Tasks;

namespace Lantu.Application.Exchange;

/// <summary>
/// The task list as an .xlsx workbook: sheet 规划 names the plan, 任务 lists tasks with departments and status,
/// 年度目标 the annual milestones. Import validates every row first and then writes everything in one transaction;
/// a file with any error changes nothing.
/// </summary>
public sealed class TaskExchange(LantuSession session, PlanReader plans, TaskStore tasks)
{
    public const string PlanSheet = "规划", TaskSheet = "任务", MilestoneSheet = "年度目标";
    private static readonly string[] TaskColumns = ["任务编号", "章", "节", "任务", "原文行", "牵头单位", "配合单位", "状态"];
    private static readonly string[] MilestoneColumns = ["任务编号", "任务", "年份", "年度目标", "状态", "说明"];

    public int Export(long planId, string path)
    {
        var plan = plans.Detail(planId);
        var list = tasks.List(planId);
        var taskRows = new List<IReadOnlyList<object?>> { TaskColumns };
        taskRows.AddRange(list.Select(t => (IReadOnlyList<object?>)new object?[]
        {
            t.Key, t.Chapter, t.Section, t.Title, t.InCurrentVersion ? $"{t.LineStart}-{t.LineEnd}" : "（新版本中已无）",
            t.LeadDepartment, string.Join("、", t.CooperatingDepartments), t.Status,
        }));
        var msRows = new List<IReadOnlyList<object?>> { MilestoneColumns };
        msRows.AddRange(list.SelectMany(t => t.Milestones.Select(m => (IReadOnlyList<object?>)new object?[] { t.Key, t.Title, m.Year, m.Target, m.Status, m.Commentary })));
        Xlsx.Write(path, [PlanSheetOf(plan), new Xlsx.Sheet(TaskSheet, taskRows), new Xlsx.Sheet(MilestoneSheet, msRows)]);
        return list.Count;
    }

    internal static Xlsx.Sheet PlanSheetOf(PlanDetail plan) => new(PlanSheet,
    [
        ["规划编号", plan.Id],
        ["规划标题", plan.Title],
        ["版本", plan.Version],
        ["说明", "请勿修改编号列；可修改牵头单位、配合单位（以“、”分隔）、状态和年度目标。"],
    ]);

    /// <summary>Finds the plan a workbook belongs to: by title (the same plan in any database), else by id.</summary>
    internal static long? ResolvePlan(PlanReader reader, Dictionary<string, SortedDictionary<int, string[]>> book, List<ImportError> errors)
    {
        if (!book.TryGetValue(PlanSheet, out var rows))
        {
            errors.Add(new ImportError(PlanSheet, 1, "", $"缺少工作表“{PlanSheet}”，无法确定所属规划"));
            return null;
        }
        string Value(string label) => rows.Values.FirstOrDefault(r => r.Length > 1 && r[0].Trim() == label)?[1].Trim() ?? "";
        var all = reader.List();
        var title = Value("规划标题");
        var byTitle = all.FirstOrDefault(p => PlanWriter.IdentityKey(p.Title) == PlanWriter.IdentityKey(title));
        if (byTitle is not null) return byTitle.Id;
        if (long.TryParse(Value("规划编号"), out var id) && all.Any(p => p.Id == id)) return id;
        errors.Add(new ImportError(PlanSheet, 2, "B", $"数据库中没有规划“{title}”"));
        return null;
    }

    public ImportResult Import(string path)
    {
        var errors = new List<ImportError>();
        Dictionary<string, SortedDictionary<int, string[]>> book;
        try { book = Xlsx.Read(path); }
        catch (Exception e) when (e is IOException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.IO.FileFormatException)
        {
            var bad = new ImportResult();
            bad.Errors.Add(new ImportError("", 0, "", $"无法读取 Excel 文件：{e.Message}"));
            return bad;
        }
        var planId = ResolvePlan(plans, book, errors);
        var sheet = new SheetReader(book, TaskSheet, ["任务编号", "牵头单位", "配合单位", "状态"], errors);
        var ms = book.ContainsKey(MilestoneSheet) ? new SheetReader(book, MilestoneSheet, ["任务编号", "年份", "年度目标", "状态"], errors) : null;
        if (planId is null || errors.Count > 0) return Fail(planId, errors);

        var known = tasks.List(planId.Value).Select(t => t.Key).ToHashSet();
        var updates = new List<(string Key, string? Lead, List<string> With, string Status)>();
        var seen = new HashSet<string>();
        foreach (var (row, cells) in sheet.Rows)
        {
            var key = sheet.Get(cells, "任务编号");
            if (key.Length == 0) { sheet.Error(row, "任务编号", "任务编号不能为空"); continue; }
            if (!known.Contains(key)) { sheet.Error(row, "任务编号", $"本规划没有编号为“{key}”的任务"); continue; }
            if (!seen.Add(key)) { sheet.Error(row, "任务编号", $"任务“{key}”重复出现"); continue; }
            var status = sheet.Get(cells, "状态");
            if (status.Length == 0) status = Vocabulary.NotStarted;
            if (!Vocabulary.IsTaskStatus(status)) sheet.Error(row, "状态", $"无效的状态“{status}”，应为 {string.Join("、", Vocabulary.TaskStatuses)}");
            var lead = sheet.Get(cells, "牵头单位");
            if (lead.Length > 100) sheet.Error(row, "牵头单位", "牵头单位过长（超过 100 字）");
            var with = SplitDepartments(sheet.Get(cells, "配合单位"));
            updates.Add((key, lead.Length == 0 ? null : lead, with, status));
        }
        var milestones = new List<(string Key, int Year, string Target, string Status, string Note)>();
        if (ms is not null)
        {
            var years = new HashSet<(string, int)>();
            foreach (var (row, cells) in ms.Rows)
            {
                var key = ms.Get(cells, "任务编号");
                if (!seen.Contains(key)) { ms.Error(row, "任务编号", key.Length == 0 ? "任务编号不能为空" : $"任务“{key}”不在“任务”表中"); continue; }
                if (!int.TryParse(ms.Get(cells, "年份"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2100)
                { ms.Error(row, "年份", $"年份“{ms.Get(cells, "年份")}”不是 2000–2100 之间的整数"); continue; }
                if (!years.Add((key, year))) { ms.Error(row, "年份", $"任务“{key}”的 {year} 年目标重复"); continue; }
                var target = ms.Get(cells, "年度目标");
                if (target.Length == 0) ms.Error(row, "年度目标", "年度目标不能为空");
                var status = ms.Get(cells, "状态");
                if (status.Length == 0) status = Vocabulary.NotStarted;
                if (!Vocabulary.IsTaskStatus(status)) ms.Error(row, "状态", $"无效的状态“{status}”，应为 {string.Join("、", Vocabulary.TaskStatuses)}");
                milestones.Add((key, year, target, status, ms.Get(cells, "说明")));
            }
        }
        if (errors.Count > 0) return Fail(planId, errors);

        session.Write((c, tx) =>
        {
            foreach (var u in updates)
            {
                TaskStore.Upsert(c, tx, planId.Value, u.Key, u.Lead, u.With, u.Status);
                if (ms is not null)
                    c.Execute("DELETE FROM task_milestones WHERE plan_id = @planId AND task_key = @Key", new { planId, u.Key }, tx);
            }
            foreach (var m in milestones)
                c.Execute("INSERT INTO task_milestones (plan_id, task_key, year, target, status, commentary) VALUES (@planId, @Key, @Year, @Target, @Status, @Note)",
                    new { planId, m.Key, m.Year, m.Target, m.Status, m.Note }, tx);
        });
        return new ImportResult { PlanId = planId.Value, Rows = updates.Count + milestones.Count };
    }

    internal static ImportResult Fail(long? planId, List<ImportError> errors)
    {
        var r = new ImportResult { PlanId = planId ?? 0 };
        r.Errors.AddRange(errors);
        return r;
    }

    public static List<string> SplitDepartments(string text) =>
        text.Split(['、', '，', ',', ';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
}
