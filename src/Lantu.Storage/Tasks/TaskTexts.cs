using System.Data.Common;
using Dapper;
using Lantu.Core.Tasks;

namespace Lantu.Storage.Tasks;

/// <summary>
/// Rebuilds tasks' text from the version's paragraphs, as <see cref="Lantu.Core.Tasks.TaskDeriver"/> made it: the
/// non-blank paragraphs within the task's line span, outside 专栏, tables, preface and appendix (the leaf heading's
/// children), and after the heading line for a task that is a whole leaf heading; joined by line breaks.
/// One query per read, whatever the number of tasks.
/// </summary>
public static class TaskTexts
{
    /// <summary>The outline kinds whose lines are not a measure's text (TaskDeriver's NonMeasureKinds).</summary>
    private static readonly string Excluded = string.Join(", ", TaskDeriver.NonMeasureKinds.Select(k => $"'{k}'")); // constants, not input

    public static void Fill(DbConnection c, DbTransaction? tx, long versionId, IReadOnlyList<TaskView> tasks)
    {
        if (tasks.Count == 0) return;
        var rows = c.Query<(long Span, long LineStart, long LineEnd, string? Text)>($"""
            SELECT 0 AS span, line_start, line_end, text FROM paragraphs WHERE version_id = @versionId
            UNION ALL
            SELECT 1 AS span, line_start, line_end, NULL FROM outline_nodes WHERE version_id = @versionId AND kind IN ({Excluded})
            """, new { versionId }, tx);
        var paragraphs = Measures(rows);
        var starts = paragraphs.Select(p => p.LineStart).ToArray();
        foreach (var task in tasks)
        {
            if (!task.InCurrentVersion) continue;
            int from = task.Origin == "heading" ? task.LineStart + 1 : task.LineStart;
            int i = Array.BinarySearch(starts, from);
            if (i < 0) i = ~i;
            while (i > 0 && starts[i - 1] >= from) i--; // the first of equal starts
            var text = new List<string>();
            for (; i < paragraphs.Count && paragraphs[i].LineStart <= task.LineEnd; i++)
                if (paragraphs[i].LineEnd <= task.LineEnd) text.Add(paragraphs[i].Text);
            task.Text = string.Join("\n", text);
        }
    }

    /// <summary>The non-blank paragraphs outside every excluded span, by first line.</summary>
    private static List<(int LineStart, int LineEnd, string Text)> Measures(IEnumerable<(long Span, long LineStart, long LineEnd, string? Text)> rows)
    {
        var all = rows.ToList();
        var spans = all.Where(r => r.Span == 1).Select(r => (Start: (int)r.LineStart, End: (int)r.LineEnd)).OrderBy(s => s.Start).ToList();
        var paragraphs = all.Where(r => r.Span == 0).Select(r => (LineStart: (int)r.LineStart, LineEnd: (int)r.LineEnd, Text: r.Text ?? ""))
            .OrderBy(p => p.LineStart).ToList();
        var kept = new List<(int, int, string)>(paragraphs.Count);
        int s = 0, reach = int.MinValue; // reach: the furthest end of the spans that start at or before the paragraph
        foreach (var p in paragraphs)
        {
            for (; s < spans.Count && spans[s].Start <= p.LineStart; s++) reach = Math.Max(reach, spans[s].End);
            if (reach >= p.LineStart || p.Text.Trim().Length == 0) continue;
            kept.Add(p);
        }
        return kept;
    }
}
