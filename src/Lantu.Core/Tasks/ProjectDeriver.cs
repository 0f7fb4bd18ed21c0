using System.Text.RegularExpressions;
using Lantu.Core.Model;

namespace Lantu.Core.Tasks;

/// <summary>Derives key projects from the 专栏 of projects: each item of a project box is a project. Boxes that list
/// fields, directions or targets (重点领域, 选择方向, 发展目标, 路径图) name no projects and are skipped.</summary>
public static partial class ProjectDeriver
{
    public static IReadOnlyList<DerivedProject> Derive(StructuredPlan plan)
    {
        var found = new List<(string Key, DerivedProject P)>();
        foreach (var box in plan.Boxes.Where(b => b.Kind == "projects" && !NotProjects().IsMatch(b.Title.Trim())))
        {
            var chapter = plan.Outline.FirstOrDefault(n => n.LineStart <= box.LineStart && box.LineStart <= n.LineEnd);
            foreach (var item in box.Items)
            {
                var name = item.Name.Trim();
                if (name.Length < 2 || name is "其中") continue;
                found.Add((TaskKeys.Normalize(box.Title) + "/" + TaskKeys.Normalize(name), new DerivedProject
                {
                    Key = "", Name = name, Text = item.Text, BoxNumber = box.Number, BoxTitle = box.Title,
                    Chapter = chapter is null ? "" : (chapter.Number + " " + chapter.Title).Trim(),
                    LineStart = item.LineStart, LineEnd = item.LineEnd, PlannedInvestment = Money.DetectInvestment(item.Text),
                }));
            }
        }
        var keys = TaskKeys.Deduplicate(found.Select(f => f.Key));
        return found.Select((f, i) => new DerivedProject
        {
            Key = keys[i], Name = f.P.Name, Text = f.P.Text, BoxNumber = f.P.BoxNumber, BoxTitle = f.P.BoxTitle, Chapter = f.P.Chapter,
            LineStart = f.P.LineStart, LineEnd = f.P.LineEnd, PlannedInvestment = f.P.PlannedInvestment,
        }).ToList();
    }

    [GeneratedRegex(@"(领域|方向|目标|路径图)$")]
    private static partial Regex NotProjects();
}
