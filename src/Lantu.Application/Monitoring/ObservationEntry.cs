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
public sealed class ObservationEntry(LantuDatabase db)
{
    public Observation Record(Actor actor, long planId, ObservationInput input)
    {
        AccountStore.Require(actor, Roles.Admin);
        input = new ValidatedEntry(db).Checked(planId, input);
        using var c = db.Connect();
        using var tx = c.BeginTransaction();
        var o = ObservationStore.Insert(c, tx, planId, input, actor.UserName);
        var when = input.Quarter == 0 ? $"{input.Year}" : $"{input.Year}Q{input.Quarter}";
        AuditLog.Record(c, tx, actor, "observation.record", $"plan:{planId}/indicator:{input.IndicatorKey}/{when}",
            null, $"{input.Value}（第{o.Revision}版{(input.Source is { } s ? "，来源：" + s : "")}{(input.Note is { } n ? "，" + n : "")}{(input.Flag is { } f ? "，警告：" + f : "")}）");
        tx.Commit();
        return o;
    }

    /// <summary>A filled template, all or nothing (<see cref="ObservationImport"/>), then one audit entry.</summary>
    public ObservationImport.Result Import(Actor actor, long planId, long versionId, byte[] bytes, string fileName)
    {
        AccountStore.Require(actor, Roles.Admin);
        var result = new ObservationImport(db).Import(planId, versionId, bytes, fileName, actor.UserName);
        new AuditLog(db).Record(actor, "observation.import", $"plan:{planId}", null, $"{fileName}：{result.Values} 个数值");
        return result;
    }
}
