using Lantu.Core.Bulletins;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;

namespace Lantu.Application.Monitoring;

/// <summary>
/// A statistical bulletin (统计公报) or government work report (政府工作报告) read against a plan's monitored indicators:
/// <see cref="Propose"/> stores nothing; <see cref="Accept"/> turns the proposals a planner accepted into observations,
/// each validated like any entry (an error refuses them all), stored with its source line and estimate flag, and
/// written to the audit log in the same transaction.
/// </summary>
public sealed class BulletinService(LantuSession session, PlanReader plans, IndicatorReader indicators, ValidatedEntry entry)
{
    public const int MaxNote = 300;

    public BulletinReading Propose(long planId, byte[] bytes, string fileName, int? year = null)
    {
        var lines = BulletinDocument.Read(bytes, fileName);
        return BulletinReader.Read(lines, Indicators(planId), year);
    }

    public IReadOnlyList<PlanIndicator> Indicators(long planId)
    {
        var versionId = plans.Detail(planId).VersionId;
        return indicators.Monitored(versionId).Select(i => new PlanIndicator(i.Key, i.Name, i.Unit)).ToList();
    }

    /// <summary>The source an accepted proposal keeps: the file and the line it was read on.</summary>
    public static string SourceOf(string fileName, ProposedObservation p) => $"{fileName} 第{p.Line}行";

    public IReadOnlyList<Observation> Accept(Actor actor, long planId, string fileName, IReadOnlyList<ProposedObservation> accepted)
    {
        AccountStore.Require(actor, Roles.Admin, Roles.Planner);
        if (accepted.Count == 0) throw new ArgumentException("没有选中任何建议值 (nothing accepted)");
        return session.Write((c, tx) =>
        {
            var inputs = accepted.Select(p => entry.Checked(planId, new ObservationInput(p.Indicator, p.Year, p.Value, SourceOf(fileName, p),
                Truncate("公报原文：" + p.Sentence)) { Estimate = p.Estimate })).ToList();
            var stored = new List<Observation>();
            foreach (var (input, p) in inputs.Zip(accepted))
            {
                var o = ObservationStore.Insert(c, tx, planId, input, actor.UserName);
                AuditLog.Record(c, tx, actor, "observation.bulletin", $"plan:{planId}/indicator:{input.IndicatorKey}/{input.Year}", null,
                    $"{input.Value}（第{o.Revision}版，来源：{input.Source}{(p.Estimate ? "，预计数" : "")}{(input.Flag is { } f ? "，警告：" + f : "")}）");
                stored.Add(o);
            }
            return stored;
        });
    }

    private static string Truncate(string s) => s.Length <= MaxNote ? s : s[..(MaxNote - 1)] + "…";
}
