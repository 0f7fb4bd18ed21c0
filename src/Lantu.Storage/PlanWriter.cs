using System.Data.Common;
using System.Text.Json;
using Dapper;
using Lantu.Core.Model;
using Lantu.Core.Structure;
using Lantu.Core.Text;

namespace Lantu.Storage;

/// <summary>
/// Stores a parsed plan as one transaction. Identical content is recognised by its hash and stored once;
/// changed content under a known title becomes the plan's next version, old versions kept.
/// </summary>
public sealed class PlanWriter(LantuSession session)
{
    public IngestResult Save(StructuredPlan plan, PlanOverrides? overrides = null)
    {
        var meta = Apply(plan.Metadata, overrides ?? PlanOverrides.None, plan.Source.FileName);
        if (overrides?.Region is { Length: > 0 } || overrides?.Level is { Length: > 0 }) MetadataDetector.FindParentRegion(meta, plan.Paragraphs);
        if (plan.Paragraphs.Count >= Search.SearchIndex.MaxParagraphs)
            throw new ArgumentException($"文档段落过多：{plan.Paragraphs.Count} 段 (too many paragraphs for the search index)");
        var key = IdentityKey(meta.Title!);
        return session.Write((connection, tx) =>
        {
            WriteLock(connection, tx, key, plan.Source.ContentHash);

            var existing = connection.QueryFirstOrDefault<(long PlanId, long VersionId, int VersionNo, string Title)>(
                "SELECT v.plan_id, v.id, v.version_no, p.title FROM plan_versions v JOIN plans p ON p.id = v.plan_id WHERE v.content_hash = @h",
                new { h = plan.Source.ContentHash }, tx);
            if (existing.PlanId != 0)
                return new IngestResult(existing.PlanId, existing.VersionId, existing.VersionNo, IngestResult.Unchanged, existing.Title) { Warnings = plan.Source.Warnings };

            var now = DateTime.UtcNow.ToString("O");
            long planId = connection.QueryFirstOrDefault<long>("SELECT id FROM plans WHERE identity_key = @key", new { key }, tx);
            bool created = planId == 0;
            if (created)
                planId = connection.ExecuteScalar<long>(
                    "INSERT INTO plans (identity_key, title, region, level, kind, subject, created_at) VALUES (@key, @Title, @Region, @Level, @Kind, @Subject, @now) RETURNING id",
                    new { key, meta.Title, meta.Region, meta.Level, meta.Kind, meta.Subject, now }, tx);
            int versionNo = connection.ExecuteScalar<int>("SELECT COALESCE(MAX(version_no), 0) + 1 FROM plan_versions WHERE plan_id = @planId", new { planId }, tx);
            long versionId = connection.ExecuteScalar<long>(
                """
                INSERT INTO plan_versions (plan_id, version_no, content_hash, source_file, source_format, source_encoding, ingested_at,
                    title, region, level, kind, subject, period_start, period_end, horizon_year, issuer, document_number, issued_date, based_on, parent_region)
                VALUES (@planId, @versionNo, @hash, @file, @format, @encoding, @now,
                    @Title, @Region, @Level, @Kind, @Subject, @PeriodStart, @PeriodEnd, @HorizonYear, @Issuer, @DocumentNumber, @IssuedDate, @basedOn, @ParentRegion)
                RETURNING id
                """,
                new
                {
                    planId, versionNo, hash = plan.Source.ContentHash, file = plan.Source.FileName, format = plan.Source.Format,
                    encoding = plan.Source.Encoding, now, meta.Title, meta.Region, meta.Level, meta.Kind, meta.Subject, meta.PeriodStart,
                    meta.PeriodEnd, meta.HorizonYear, meta.Issuer, meta.DocumentNumber, meta.IssuedDate, basedOn = JsonSerializer.Serialize(meta.BasedOn),
                    meta.ParentRegion,
                }, tx);

            InsertContent(connection, tx, versionId, plan);
            connection.Execute("UPDATE plans SET row_version = row_version + 1, current_version_id = @versionId, title = @Title, region = @Region, level = @Level, kind = @Kind, subject = @Subject WHERE id = @planId",
                new { versionId, planId, meta.Title, meta.Region, meta.Level, meta.Kind, meta.Subject }, tx);
            Search.SearchIndex.Record(connection, tx, planId); // last: on PostgreSQL it orders the commits of writers
            return new IngestResult(planId, versionId, versionNo, created ? IngestResult.Created : IngestResult.NewVersion, meta.Title!) { Warnings = plan.Source.Warnings };
        });
    }

    /// <summary>
    /// Serialises concurrent writers of the same plan or the same content. SQLite transactions already begin
    /// IMMEDIATE (one writer at a time); on PostgreSQL two transaction-scoped advisory locks, one for the plan's
    /// identity and one for the content hash, taken in a fixed order, make the hash check and the version number
    /// race-free while writers of different plans still run in parallel.
    /// </summary>
    private void WriteLock(DbConnection connection, DbTransaction tx, string identityKey, string contentHash)
    {
        if (session.Dialect != Dialect.Postgres) return;
        long a = LockKey("plan:" + identityKey), b = LockKey("hash:" + contentHash);
        connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = Math.Min(a, b) }, tx);
        connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = Math.Max(a, b) }, tx);
    }

    private static long LockKey(string text) =>
        BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)), 0);

    private void InsertContent(DbConnection c, DbTransaction tx, long versionId, StructuredPlan plan)
    {
        if (session.Dialect == Dialect.Postgres)
        {
            // Thousands of rows: one statement with array parameters instead of one round trip per row.
            c.Execute("INSERT INTO source_lines (version_id, line_no, text) SELECT @versionId, n, t FROM unnest(@nos, @texts) AS u(n, t)",
                new { versionId, nos = Enumerable.Range(1, plan.Source.Lines.Count).ToArray(), texts = plan.Source.Lines.ToArray() }, tx);
            c.Execute("""
                INSERT INTO paragraphs (version_id, seq, line_start, line_end, text)
                SELECT @versionId, s, a, b, t FROM unnest(@seqs, @starts, @ends, @texts) AS u(s, a, b, t)
                """,
                new
                {
                    versionId, seqs = Enumerable.Range(1, plan.Paragraphs.Count).ToArray(), starts = plan.Paragraphs.Select(p => p.LineStart).ToArray(),
                    ends = plan.Paragraphs.Select(p => p.LineEnd).ToArray(), texts = plan.Paragraphs.Select(p => p.Text).ToArray(),
                }, tx);
        }
        else
        {
            BulkInsert.Execute(c, tx, "INSERT INTO source_lines (version_id, line_no, text) VALUES (@versionId, @no, @text)",
                plan.Source.Lines.Select((text, i) => new { versionId, no = i + 1, text }));
            BulkInsert.Execute(c, tx, "INSERT INTO paragraphs (version_id, seq, line_start, line_end, text) VALUES (@versionId, @seq, @LineStart, @LineEnd, @Text)",
                plan.Paragraphs.Select((p, i) => new { versionId, seq = i + 1, p.LineStart, p.LineEnd, p.Text }));
        }

        var nodes = new List<object>(); // one anonymous type: BulkInsert reads the first row's properties
        int seq = 0;
        void Walk(OutlineNode node, int? parent, int depth)
        {
            int mine = ++seq;
            nodes.Add(new
            {
                versionId, seq = mine, parent, depth, node.Kind, node.Number, node.Ordinal, node.Title, node.LineStart, node.LineEnd,
                inferred = node.Inferred ? 1 : 0,
            });
            foreach (var child in node.Children) Walk(child, mine, depth + 1);
        }
        foreach (var root in plan.Outline) Walk(root, null, 0);
        BulkInsert.Execute(c, tx, """
            INSERT INTO outline_nodes (version_id, seq, parent_seq, depth, kind, number, ordinal, title, line_start, line_end, inferred)
            VALUES (@versionId, @seq, @parent, @depth, @Kind, @Number, @Ordinal, @Title, @LineStart, @LineEnd, @inferred)
            """, nodes);

        BulkInsert.Execute(c, tx, "INSERT INTO boxes (version_id, seq, number, title, kind, line_start, line_end) VALUES (@versionId, @seq, @Number, @Title, @Kind, @LineStart, @LineEnd)",
            plan.Boxes.Select((box, b) => new { versionId, seq = b + 1, box.Number, box.Title, box.Kind, box.LineStart, box.LineEnd }));
        BulkInsert.Execute(c, tx, "INSERT INTO box_items (version_id, box_seq, seq, name, text, line_start, line_end) VALUES (@versionId, @boxSeq, @seq, @Name, @Text, @LineStart, @LineEnd)",
            plan.Boxes.SelectMany((box, b) => box.Items.Select((item, i) => new { versionId, boxSeq = b + 1, seq = i + 1, item.Name, item.Text, item.LineStart, item.LineEnd })));
        BulkInsert.Execute(c, tx, """
            INSERT INTO glossary_entries (version_id, seq, term, definition, line_start, line_end, places, reference_lines)
            VALUES (@versionId, @seq, @Term, @Definition, @LineStart, @LineEnd, @places, @refs)
            """,
            plan.Glossary.Select((g, i) => new
            {
                versionId, seq = i + 1, g.Term, g.Definition, g.LineStart, g.LineEnd,
                places = JsonSerializer.Serialize(g.Places), refs = JsonSerializer.Serialize(g.ReferenceLines),
            }));
        Tasks.TaskDerivation.Store(c, tx, versionId, plan);
        Monitoring.IndicatorWriter.Store(c, tx, versionId, plan.Indicators);
    }

    /// <summary>Overrides win; a title given by hand also re-derives region, level and kind unless those are given too.</summary>
    private static PlanMetadata Apply(PlanMetadata detected, PlanOverrides o, string fileName)
    {
        var meta = detected;
        if (o.Title is { Length: > 0 })
        {
            meta.Title = o.Title.Trim();
            MetadataDetector.ClassifyTitle(meta);
            MetadataDetector.FindPeriod(meta, meta.Title, "");
        }
        if (string.IsNullOrWhiteSpace(meta.Title)) meta.Title = Path.GetFileNameWithoutExtension(fileName);
        if (o.Region is { Length: > 0 }) { meta.Region = o.Region.Trim(); meta.Level = MetadataDetector.LevelOf(meta.Region) ?? meta.Level; }
        if (o.Level is { Length: > 0 }) meta.Level = o.Level.Trim();
        if (o.Kind is { Length: > 0 }) meta.Kind = o.Kind.Trim();
        return meta;
    }

    /// <summary>Plans are the same plan when their titles are the same, whatever the spacing, quotes and printed period.</summary>
    public static string IdentityKey(string title) => TitleKey.Of(title);
}
