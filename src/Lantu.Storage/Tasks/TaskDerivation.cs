using System.Data.Common;
using Lantu.Core;
using Lantu.Core.Model;
using Lantu.Core.Tasks;

namespace Lantu.Storage.Tasks;

/// <summary>Stores a version's derived tasks and projects; called by <see cref="PlanWriter"/> inside its transaction.</summary>
public static class TaskDerivation
{
    public static void Store(DbConnection c, DbTransaction tx, long versionId, StructuredPlan plan)
    {
        BulkInsert.Execute(c, tx, """
            INSERT INTO derived_tasks (version_id, seq, task_key, chapter, section, path, number, title, text, line_start, line_end, origin)
            VALUES (@versionId, @seq, @Key, @Chapter, @Section, @Path, @Number, @Title, @Text, @LineStart, @LineEnd, @Origin)
            """,
            TaskDeriver.Derive(plan).Select((t, i) => new
            {
                versionId, seq = i + 1, t.Key, t.Chapter, t.Section, t.Path, t.Number, t.Title, t.Text, t.LineStart, t.LineEnd, t.Origin,
            }));
        BulkInsert.Execute(c, tx, """
            INSERT INTO derived_projects (version_id, seq, project_key, name, text, box_number, box_title, chapter, line_start, line_end,
                detected_investment_wan, detected_investment_unit)
            VALUES (@versionId, @seq, @Key, @Name, @Text, @BoxNumber, @BoxTitle, @Chapter, @LineStart, @LineEnd, @wan, @unit)
            """,
            ProjectDeriver.Derive(plan).Select((p, i) => new
            {
                versionId, seq = i + 1, p.Key, p.Name, p.Text, p.BoxNumber, p.BoxTitle, p.Chapter, p.LineStart, p.LineEnd,
                wan = p.PlannedInvestment?.Wan, unit = p.PlannedInvestment?.Unit,
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
