using System.Globalization;
using Lantu.Application.Exchange;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;

namespace Lantu.Application.Workflow;

/// <summary>
/// A reporter's filled template sent for review: every cell is checked as an administrator's import is
/// (<see cref="ObservationImport"/> in validate-only mode), every value must belong to an indicator the reporter's
/// department leads or cooperates on, and then each value becomes a submitted <see cref="Submission"/> (with the
/// row's source and note) in one transaction — all of them or, on any problem, none. Values equal to the current
/// observation (the template comes pre-filled) are not sent again. Reviewers approve them one by one; an approved
/// value becomes the observation.
/// </summary>
public sealed class SubmissionImport(LantuSession session, ObservationStore observations, ObservationImport import, Assignments assignments,
    IndicatorReader indicatorReader, SubmissionWorkflow workflow, AuditLog audit)
{
    public sealed record Result(long PlanId, IReadOnlyList<long> Submissions, int Unchanged);

    public Result Import(Actor actor, long planId, long versionId, byte[] bytes, string fileName)
    {
        AccountStore.Require(actor, Roles.Reporter, Roles.Admin);
        var current = observations.CurrentAnnual(planId);
        var all = import.Import(planId, versionId, bytes, fileName, actor.UserName, validateOnly: true).Inputs;
        var checkedValues = all.Where(v => !(current.GetValueOrDefault(v.IndicatorKey)?.TryGetValue(v.Year, out var known) == true && known == v.Value)).ToList();
        if (checkedValues.Count == 0) throw new ImportRejectedException(fileName, [new ImportProblem(2, "年份", "文件中的数值与现有数据相同，没有需要提交审核的新数值")]);
        if (actor.Role == Roles.Reporter)
        {
            // Name each refused value by its row, as the other problems are, so the reporter can clear those cells.
            var responsible = assignments.All(planId, TargetKinds.Indicator);
            var indicators = indicatorReader.List(versionId).GroupBy(i => i.Key).ToDictionary(g => g.Key, g => g.First()); // prose rows may share a key
            var table = TemplateFile.Read(bytes, fileName);
            var idCol = Array.FindIndex(table[0], h => h.Trim() == TemplateFile.IdColumn);
            var problems = checkedValues.Where(v => !(responsible.GetValueOrDefault(v.IndicatorKey)?.Includes(actor.Department) ?? false))
                .Select(v => indicators[v.IndicatorKey]).Distinct()
                .Select(i => new ImportProblem(table.FindIndex(r => idCol < r.Length && r[idCol].Trim() == i.Id.ToString(CultureInfo.InvariantCulture)) + 1,
                    TemplateFile.IdColumn, $"“{i.Name}”不是本部门（{actor.Department ?? "未设部门"}）牵头或配合的指标，请清空该行的数值"))
                .ToList();
            if (problems.Count > 0) throw new ImportRejectedException(fileName, problems);
        }
        // The submissions and the import's audit entry commit together.
        var ids = session.Write((_, _) =>
        {
            var created = workflow.CreateAll(actor, checkedValues.Select(v => new SubmissionInput(planId, TargetKinds.Indicator, v.IndicatorKey, v.Year,
                v.Value.ToString(CultureInfo.InvariantCulture), v.Note ?? "", v.Quarter, v.Source)).ToList(), submit: true);
            audit.Record(actor, "submission.import", $"plan:{planId}", null, $"{fileName}：{created.Count} 个数值提交审核");
            return created;
        });
        return new Result(planId, ids, all.Count - checkedValues.Count);
    }
}
