using Lantu.Application.Exchange;
using Lantu.Application.Workflow;
using Lantu.Storage;
using Lantu.Storage.Accounts;
using Lantu.Storage.Monitoring;

namespace Lantu.Application.Monitoring;

/// <summary>
/// An administrator's direct entry of an observed value (the portal's form and import): validated like every other
/// write (<see cref="ValidatedEntry"/>: an error refuses it, a warning is stored as its flag), then the value and its
/// audit entry in one transaction. Reporters do not come here: their values go through <see cref="SubmissionWorkflow"/>
/// and become observations when a reviewer approves them.
/// </summary>
public sealed class ObservationEntry(LantuSession session, ValidatedEntry validated, ObservationImport import, AuditLog audit)
{
    public Observation Record(Actor actor, long planId, ObservationInput input)
    {
        AccountStore.Require(actor, Roles.Admin);
        return session.Write((c, tx) =>
        {
            // Checked inside the write's transaction: the stored values it compares with are the ones the value joins.
            var entry = validated.Checked(planId, input);
            var o = ObservationStore.Insert(c, tx, planId, entry, actor.UserName);
            var when = entry.Quarter == 0 ? $"{entry.Year}" : $"{entry.Year}Q{entry.Quarter}";
            AuditLog.Record(c, tx, actor, "observation.record", $"plan:{planId}/indicator:{entry.IndicatorKey}/{when}",
                null, $"{entry.Value}（第{o.Revision}版{(entry.Source is { } s ? "，来源：" + s : "")}{(entry.Note is { } n ? "，" + n : "")}{(entry.Flag is { } f ? "，警告：" + f : "")}）");
            return o;
        });
    }

    /// <summary>A filled template, all or nothing (<see cref="ObservationImport"/>), and its audit entry in the same transaction.</summary>
    public ObservationImport.Result Import(Actor actor, long planId, long versionId, byte[] bytes, string fileName)
    {
        AccountStore.Require(actor, Roles.Admin);
        return session.Write((_, _) =>
        {
            var result = import.Import(planId, versionId, bytes, fileName, actor.UserName);
            audit.Record(actor, "observation.import", $"plan:{planId}", null, $"{fileName}：{result.Values} 个数值");
            return result;
        });
    }
}
