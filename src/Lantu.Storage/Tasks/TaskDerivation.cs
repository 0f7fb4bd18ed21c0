using System.Data.Common;
using Dapper;
using Lantu.Core.Model;
using Lantu.Core.Tasks;

namespace Lantu.Storage.Tasks;

/// <summary>Stores a version's derived tasks and projects; called by <see cref="PlanWriter"/> inside its transaction.</summary>
public static class TaskDerivation
{
    public static void Store(DbConnection c, DbTransaction tx, long versionId, StructuredPlan plan)
    {
        c.Execute("""
            INSERT INTO derived_tasks (version_id, seq, task_key, chapter, section, path, number, title, text, line_start, line_end, origin)
            VALUES (@versionId, @seq, @Key, @Chapter, @Section, @Path, @Number, @Title, @Text, @LineStart, @LineEnd, @Origin)
            """,
            TaskDeriver.Derive(plan).Select((t, i) => new
            {
                versionId, seq = i + 1, t.Key, t.Chapter, t.Section, t.Path, t.Number, t.Title, t.Text, t.LineStart, t.LineEnd, t.Origin,
            }), tx);
        c.Execute("""
            INSERT INTO derived_projects (version_id, seq, project_key, name, text, box_number, box_title, chapter, line_start, line_end,
                detected_investment_wan, detected_investment_unit)
            VALUES (@versionId, @seq, @Key, @Name, @Text, @BoxNumber, @BoxTitle, @Chapter, @LineStart, @LineEnd, @wan, @unit)
            """,
            ProjectDeriver.Derive(plan).Select((p, i) => new
            {
                versionId, seq = i + 1, p.Key, p.Name, p.Text, p.BoxNumber, p.BoxTitle, p.Chapter, p.LineStart, p.LineEnd,
                wan = p.PlannedInvestment?.Wan, unit = p.PlannedInvestment?.Unit,
            }), tx);
    }
}
