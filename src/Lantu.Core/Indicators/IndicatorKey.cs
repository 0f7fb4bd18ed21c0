using Lantu.Core.Text;

namespace Lantu.Core.Indicators;

/// <summary>
/// Identifies an indicator across versions of its plan, so that observations and assignments follow it when a
/// revised document is ingested: the kind of row and the parent/name, without spacing or brackets.
/// </summary>
public static class IndicatorKey
{
    public static string Of(IndicatorRow row) =>
        $"{row.TableKind.StoredName()}:{row.Source.StoredName()}:{Normalize(row.Parent)}/{Normalize(row.Name)}";

    private static string Normalize(string? s) => s is null ? "" : TitleKey.Of(CjkText.SearchForm(s)).Replace("（", "(").Replace("）", ")");
}
