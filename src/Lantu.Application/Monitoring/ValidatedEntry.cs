using Lantu.Storage;
using Lantu.Storage.Monitoring;
namespace Lantu.Application.Monitoring;

/// <summary>One value entered by hand (`lantu observe`, the portal's direct entry, an approved submission):
/// validated, then stored as the next revision, with any warning as its flag. An error refuses the value with every
/// problem named, and nothing is stored.</summary>
public sealed class ValidatedEntry(PlanReader plans, IndicatorReader indicators, ObservationStore observations, ObservationValidator validator)
{
    public sealed record Entered(Observation Saved, IReadOnlyList<string> Warnings);

    public Entered Record(long planId, long versionId, ObservationInput input, string reportedBy)
    {
        var flagged = Checked(planId, versionId, input, out var warnings);
        var saved = observations.Record(planId, flagged, reportedBy);
        return new Entered(saved, warnings);
    }

    /// <summary>The input checked against the plan's current version and its stored values: an error throws
    /// (ArgumentException naming every problem); warnings come back as the input's flag. For writers that store the
    /// value in a transaction of their own. <paramref name="unknownPasses"/>: a key that is no indicator of the
    /// current version is returned unchecked instead of refused (a submission's target key is free text, and an
    /// approved one was always stored).</summary>
    public ObservationInput Checked(long planId, ObservationInput input, bool unknownPasses = false)
    {
        var versionId = plans.Detail(planId).VersionId;
        if (unknownPasses && indicators.List(versionId).All(i => i.Key != input.IndicatorKey)) return input;
        return Checked(planId, versionId, input, out _);
    }

    private ObservationInput Checked(long planId, long versionId, ObservationInput input, out IReadOnlyList<string> warnings)
    {
        var findings = validator.Check(planId, versionId, [input]);
        var errors = findings.Where(f => f.Error).Select(f => f.Message).ToList();
        if (errors.Count > 0) throw new ArgumentException(string.Join("；", errors));
        warnings = findings.Select(f => f.Message).ToList();
        return ObservationValidator.Flagged([input], findings)[0];
    }
}
