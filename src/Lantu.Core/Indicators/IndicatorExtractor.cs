using System.Text.Json;
using System.Text.Json.Serialization;
using Lantu.Core.Indicators.Shapes;
using Lantu.Core.Model;
using Lantu.Core.Normalization;

namespace Lantu.Core.Indicators;

/// <summary>Options for <see cref="IndicatorExtractor"/>.</summary>
public sealed class IndicatorOptions
{
    /// <summary>Desired direction per indicator name (exact name), overriding the inferred one.</summary>
    public Dictionary<string, Direction> DirectionOverrides { get; init; } = new();
    /// <summary>Also extract targets stated in prose (default true).</summary>
    public bool IncludeText { get; init; } = true;
    /// <summary>The thresholds tables are found by.</summary>
    public TableLocatorOptions Tables { get; init; } = TableLocatorOptions.Default;
}

/// <summary>
/// Indicator extraction: locate tables → read rows (tabbed, one-cell-per-line or flat) → assemble (merged cells,
/// parents, units) → parse targets; then targets stated in prose, linked to the table row of the same indicator.
/// </summary>
public static class IndicatorExtractor
{
    public static IReadOnlyList<IndicatorRow> Extract(NormalizedDocument doc, StructuredPlan? plan = null, IndicatorOptions? options = null)
    {
        options ??= new IndicatorOptions();
        var rows = new List<IndicatorRow>();
        foreach (var table in ExtractTables(doc, options.Tables, plan?.Metadata.PeriodStart)) rows.AddRange(table.Rows);
        if (options.IncludeText)
            rows.AddRange(ProseTargetFinder.Find(doc, plan, rows));
        foreach (var row in rows)
            if (row.Parsed is not null && options.DirectionOverrides.TryGetValue(row.Name, out var dir))
                row.Parsed = row.Parsed with { Direction = dir };
        return rows;
    }

    /// <summary>The indicator tables of a document, each with its schema and rows.</summary>
    public static IReadOnlyList<IndicatorTable> ExtractTables(NormalizedDocument doc, TableLocatorOptions? options = null, int? planStart = null)
    {
        var tables = new List<IndicatorTable>();
        foreach (var region in TableLocator.Locate(doc, options, planStart))
            if (Read(doc, region) is { } table) tables.Add(table);
        return tables;
    }

    /// <summary>One located table read by the reader of its shape, then assembled; null when it yields no rows.</summary>
    public static IndicatorTable? Read(NormalizedDocument doc, TableRegion region)
    {
        var shape = TableShapes.For(region.Shape);
        var (schema, raws) = shape.Read(doc, region);
        if (schema.Columns.Count == 0 || raws.Count == 0) return null;
        var rows = RowAssembler.Assemble(region, schema, raws, shape);
        TableNotes.Apply(doc, region, rows);
        InlineFootnoteMarks.Apply(rows);
        return new IndicatorTable(region, shape, schema, raws, rows);
    }

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(IReadOnlyList<IndicatorRow> rows) => JsonSerializer.Serialize(rows, JsonOptions);
}

/// <summary>One indicator table: where it is, the shape that read it, how its header was read, the rows as that
/// reader split them, and the final rows (merged cells repeated, parents and units placed, targets parsed).</summary>
public sealed record IndicatorTable(TableRegion Region, TableShapeReader Shape, TableSchema Schema, IReadOnlyList<RawRow> RawRows, IReadOnlyList<IndicatorRow> Rows);
