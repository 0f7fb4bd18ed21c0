using Lantu.Core.Tasks;
using Xunit.Abstractions;

namespace Lantu.Tests.Tasks;

/// <summary>
/// Issue 13 item 7: precision of the projects derived from the boxes of three plans, against hand labels
/// (<see cref="LabelledProjects"/>). Every derived project must be labelled, so a change that yields new items fails
/// here until they are read and labelled.
/// </summary>
public class ProjectPrecisionTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("000", 121, 0)]
    [InlineData("002", 51, 0)]
    [InlineData("003", 76, 18)]
    public void Projects_of_labelled_boxes(string plan, int projects, int noise)
    {
        var derived = ProjectDeriver.Derive(Samples.Parsed(plan)).Select(p => $"{plan}|{p.LineStart}|{p.Name}").ToList();
        var correct = LabelledProjects.Projects.Where(l => l.StartsWith(plan + "|")).ToHashSet();
        var wrong = LabelledProjects.Noise.Where(l => l.StartsWith(plan + "|")).ToHashSet();
        Assert.DoesNotContain(derived, d => !correct.Contains(d) && !wrong.Contains(d));
        int right = derived.Count(correct.Contains);
        output.WriteLine($"{plan}: derived {derived.Count}, projects {right}, noise {derived.Count - right}, " +
                         $"precision {100.0 * right / derived.Count:F1}%, labelled projects found {right}/{correct.Count}");
        Assert.Equal(projects, right);
        Assert.Equal(noise, derived.Count - right);
        Assert.Equal(correct.Count, right); // no labelled project lost
    }

    [Fact]
    public void Figure_captions_headings_and_targets_inside_a_box_are_not_projects()
    {
        var names = ProjectDeriver.Derive(Samples.Parsed("000")).Concat(ProjectDeriver.Derive(Samples.Parsed("002")))
            .Concat(ProjectDeriver.Derive(Samples.Parsed("003"))).Select(p => p.Name).ToList();
        Assert.DoesNotContain(names, n => n.StartsWith("图"));
        Assert.DoesNotContain(names, n => n is "发展目标" or "重点项目" or "重点工程" or "交通路网建设重大项目");
        Assert.Contains("学位扩充工程", names);   // 重点工程。学位扩充工程、名师名校长工程… → one project each
        Assert.Contains("鲤城数字经济智慧园", names); // 重点项目：加快推进鲤城数字经济智慧园、…
    }
}
