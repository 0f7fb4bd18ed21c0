namespace Lantu.Storage.Monitoring;

/// <summary>One value entered by hand (`lantu observe`, a staff form): validated, then stored as the next revision,
/// with any warning as its flag. An error refuses the value with every problem named, and nothing is stored.</summary>
public sealed class ValidatedEntry(LantuDatabase db)
{
    public sealed record Entered(Observation Saved, IReadOnlyList<string> Warnings);

    public Entered Record(long planId, long versionId, ObservationInput input, string reportedBy)
    {
        var findings = new ObservationValidator(db).Check(planId, versionId, [input]);
        var errors = findings.Where(f => f.Error).Select(f => f.Message).ToList();
        if (errors.Count > 0) throw new ArgumentException(string.Join("；", errors));
        var flagged = ObservationValidator.Flagged([input], findings)[0];
        var saved = new ObservationStore(db).Record(planId, flagged, reportedBy);
        return new Entered(saved, findings.Select(f => f.Message).ToList());
    }
}
