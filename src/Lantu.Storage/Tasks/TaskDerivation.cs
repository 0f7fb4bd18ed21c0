using System.Data.Common;
using Lantu.Core;
using Lantu.Core.Model;
using Lantu.Core.Tasks;

namespace Lantu.Storage.Tasks;

/// <summary>Stores a version's derived tasks and projects; called by <see cref="PlanWriter"/> inside its transaction.
/// A task's text is not stored: <see cref="TaskTexts"/> rebuilds it from the version's paragraphs.</summary>
public static class TaskDerivation
{
    public static void Store(DbConnection c, DbTransaction tx, long versionId, StructuredPlan plan)
    {
        BulkInsert.Execute(c, tx, """
            INSERT INTO derived_tasks (version_id, seq, task_key, chapter, section, path, number, title, line_start, line_end, origin)
            VALUES (@versionId, @seq, @Key, @Chapter, @Section, @Path, @Number, @Title, @LineStart, @LineEnd, @Origin)
            """,
            TaskDeriver.Derive(plan).Select((t, i) =>
            {
                var (chapter, section) = TaskChapters.FromPath(t.Path);
                return new
                {
                    versionId, seq = i + 1, t.Key, Chapter = TaskChapters.Stored(t.Chapter, chapter), Section = TaskChapters.Stored(t.Section, section),
                    t.Path, t.Number, t.Title, t.LineStart, t.LineEnd, t.Origin,
                };
            }));
        var items = new Dictionary<(int, int, string), (int Box, int Item)>();
        for (int b = 0; b < plan.Boxes.Count; b++)
            for (int i = 0; i < plan.Boxes[b].Items.Count; i++)
            {
                var item = plan.Boxes[b].Items[i];
                items.TryAdd((item.LineStart, item.LineEnd, item.Text), (b + 1, i + 1));
            }
        BulkInsert.Execute(c, tx, """
            INSERT INTO derived_projects (version_id, seq, project_key, name, text, box_seq, item_seq, box_number, box_title, chapter,
                line_start, line_end, detected_investment_wan, detected_investment_unit)
            VALUES (@versionId, @seq, @Key, @Name, @Text, @boxSeq, @itemSeq, @BoxNumber, @BoxTitle, @Chapter, @LineStart, @LineEnd, @wan, @unit)
            """,
            ProjectDeriver.Derive(plan).Select((p, i) =>
            {
                // The project's text is its box item's: stored once, in box_items, unless no item has it.
                bool found = items.TryGetValue((p.LineStart, p.LineEnd, p.Text), out var item);
                return new
                {
                    versionId, seq = i + 1, p.Key, p.Name, Text = found ? null : p.Text, boxSeq = found ? item.Box : (int?)null,
                    itemSeq = found ? item.Item : (int?)null, p.BoxNumber, p.BoxTitle, p.Chapter, p.LineStart, p.LineEnd,
                    wan = p.PlannedInvestment?.Wan, unit = p.PlannedInvestment?.Unit,
                };
            }));
    }

    /// <summary>Versions stored before tasks existed (migration 003) have no derived rows: re-parse their stored source
    /// lines and derive them, once.</summary>
    internal static void EnsureDerived(LantuSession session, long planId)
    {
        var v = session.QueryFirstOrDefault<(long Id, string File, string Format, string Encoding)>(
            "SELECT v.id, v.source_file, v.source_format, v.source_encoding FROM plans p JOIN plan_versions v ON v.id = p.current_version_id WHERE p.id = @planId",
            new { planId });
        if (v.Id == 0) return;
        bool derived = session.ExecuteScalar<long>("SELECT COUNT(*) FROM derived_tasks WHERE version_id = @Id", new { v.Id }) > 0
                       || session.ExecuteScalar<long>("SELECT COUNT(*) FROM derived_projects WHERE version_id = @Id", new { v.Id }) > 0;
        if (derived) return;
        var lines = session.Query<string>("SELECT text FROM source_lines WHERE version_id = @Id ORDER BY line_no", new { v.Id });
        if (lines.Count == 0) return;
        var plan = PlanParser.Parse(new SourceDocument(v.File, v.Format, v.Encoding, lines));
        session.Write((c, tx) => Store(c, tx, v.Id, plan));
    }
}
