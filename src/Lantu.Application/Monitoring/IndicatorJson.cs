using System.Text.Json;
using Lantu.Storage.Monitoring;

namespace Lantu.Application.Monitoring;

/// <summary>The one JSON shape of an indicator for `indicators --json` and GET /api/plans/{id}/indicators.</summary>
public static class IndicatorJson
{
    public static object Shape(IndicatorRecord r) => new
    {
        id = r.Id, r.Category, r.Seq, r.Name, r.Parent, r.Unit, r.Base, r.Target, r.Growth, r.Actual, r.Attribute, r.Note,
        r.Table, r.TableKind, r.Source, r.LineStart, r.LineEnd,
        Parsed = r.Parsed is null ? (JsonElement?)null : JsonDocument.Parse(r.Parsed).RootElement,
    };
}
