using System.Data.Common;
using System.Text.Json;
using Lantu.Core.Indicators;

namespace Lantu.Storage.Monitoring;

/// <summary>Stores a plan version's indicators inside the ingest transaction.</summary>
public static class IndicatorWriter
{
    public static void Store(DbConnection c, DbTransaction tx, long versionId, IReadOnlyList<IndicatorRow> rows)
    {
        BulkInsert.Execute(c, tx, """
            INSERT INTO indicators (version_id, seq, indicator_key, category, printed_seq, name, parent, unit, base, target, growth, actual,
                attribute, note, table_title, table_kind, source, line_start, line_end, base_year, target_year, linked_line, extra, parsed)
            VALUES (@versionId, @seq, @key, @Category, @Seq, @Name, @Parent, @Unit, @Base, @Target, @Growth, @Actual,
                @Attribute, @Note, @Table, @TableKind, @Source, @LineStart, @LineEnd, @BaseYear, @TargetYear, @LinkedLine, @extra, @parsed)
            """,
            rows.Select((r, i) => new
            {
                versionId, seq = i + 1, key = IndicatorKey.Of(r), r.Category, r.Seq, r.Name, r.Parent, r.Unit, r.Base, r.Target, r.Growth,
                r.Actual, r.Attribute, r.Note, r.Table,
                // the kinds as their stored text ("target", "table"), never the enum number
                TableKind = r.TableKind.StoredName(), Source = r.Source.StoredName(), r.LineStart, r.LineEnd, r.BaseYear, r.TargetYear, r.LinkedLine,
                extra = r.Extra is null ? null : JsonSerializer.Serialize(r.Extra),
                parsed = r.Parsed is null ? null : JsonSerializer.Serialize(r.Parsed),
            }));
    }
}
