using Lantu.Core.Indicators;
using Lantu.Core.Monitoring;

namespace Lantu.Tests.Monitoring;

/// <summary>Target specs of the sample plans' own indicator rows, parsed from samples/plans (no database).</summary>
internal static class MethodTestSpecs
{
    public static TargetSpec Spec(string prefix, string name)
    {
        var plan = Samples.Parsed(prefix);
        var row = plan.Indicators.First(r => r.Source == RowSource.Table && r.TableKind == TableKind.Target && r.Name == name);
        return TargetSpecs.From(row.Name, row.Unit, row.Base, row.Attribute, row.Parsed, row.BaseYear, row.TargetYear,
            plan.Metadata.PeriodStart!.Value, plan.Metadata.PeriodEnd!.Value);
    }

    public static Dictionary<int, double> Obs(params (int Year, double Value)[] v) => v.ToDictionary(x => x.Year, x => x.Value);
}
