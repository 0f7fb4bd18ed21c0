using Lantu.Core.Tasks;

namespace Lantu.Tests.Tasks;

public class DerivationTests
{
    [Fact]
    public void Box_3_of_Xiamen_gives_its_four_key_projects()
    {
        var projects = ProjectDeriver.Derive(Samples.Parsed("000")).Where(p => p.BoxNumber == "3").ToList();
        Assert.Equal(["嘉庚创新实验室", "厦门大学国家集成电路产教融合创新平台", "生物制品技术创新实验室", "检验检测高技术服务业集聚区"],
            projects.Select(p => p.Name));
        Assert.All(projects, p => Assert.Equal("创新平台载体重点项目", p.BoxTitle));
        Assert.StartsWith("第三章", projects[0].Chapter);
        Assert.Equal(1105, projects[0].LineStart);
        Assert.Contains("能源材料国家级实验室", projects[0].Text);
    }

    [Theory]
    [InlineData("000", "嘉庚创新实验室")]
    [InlineData("002", "打造一流大学城")]
    [InlineData("003", "古城文旅活力板块")]
    [InlineData("004", "政务网络整合提升工程")]
    public void Every_plan_with_project_boxes_has_a_project_list(string plan, string expected)
    {
        var projects = ProjectDeriver.Derive(Samples.Parsed(plan));
        Assert.Contains(projects, p => p.Name == expected);
        Assert.Equal(projects.Count, projects.Select(p => p.Key).Distinct().Count());
        // Boxes of fields and directions are not project lists.
        Assert.DoesNotContain(projects, p => p.BoxTitle.EndsWith("重点领域"));
    }

    [Fact]
    public void The_plan_without_boxes_has_no_projects() => Assert.Empty(ProjectDeriver.Derive(Samples.Parsed("001")));

    [Theory]
    // Xiamen: lead phrases inside 一、 headings, and in the implementation chapter.
    [InlineData("000", "打造高水平公共创新平台", 1056, "lead-phrase", "第三章 深入实施创新驱动发展战略")]
    [InlineData("000", "加强衔接协调", 6540, "lead-phrase", null)]
    // Taishang zone: （一） headings are the tasks.
    [InlineData("001", "在实施同等待遇新举措上先行示范", 791, "heading", "三、聚力全面融合、先行示范，建设两岸融合发展主阵地")]
    // Fuzhou: 一、 headings under 节.
    [InlineData("002", "打造全国一流大学城", 366, "heading", "第二章 坚持创新驱动发展打造“三创”活力之城")]
    // Licheng: one-line lead-phrase paragraphs under a leaf 节.
    [InlineData("003", "推进国家创新型城区建设", 641, "lead-phrase", "第三章 创新发展，加快建设国家创新型城区")]
    // Digital Xiamen.
    [InlineData("004", "整合优化政务信息网络", 542, "lead-phrase", null)]
    public void Tasks_come_from_leaf_measures_with_their_lines(string plan, string title, int line, string origin, string? chapter)
    {
        var tasks = TaskDeriver.Derive(Samples.Parsed(plan));
        var task = Assert.Single(tasks, t => t.Title == title);
        Assert.Equal(line, task.LineStart);
        Assert.True(task.LineEnd >= task.LineStart);
        Assert.Equal(origin, task.Origin);
        if (chapter is not null) Assert.Equal(chapter, task.Chapter);
        Assert.NotEmpty(task.Text);
        Assert.EndsWith(TaskKeys.Normalize(title), task.Key);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_plan_yields_tasks_with_unique_keys_and_no_review_or_principles(string plan)
    {
        var tasks = TaskDeriver.Derive(Samples.Parsed(plan));
        Assert.True(tasks.Count > 40, $"{plan}: {tasks.Count} tasks");
        Assert.Equal(tasks.Count, tasks.Select(t => t.Key).Distinct().Count());
        Assert.DoesNotContain(tasks, t => t.Path.Contains("发展基础") || t.Path.Contains("指导思想") || t.Path.Contains("主要目标"));
        Assert.DoesNotContain(tasks, t => t.Title == "坚持党的全面领导");
    }

    [Fact]
    public void A_sentence_cut_by_a_page_break_is_not_a_lead_phrase()
    {
        // Fuzhou line 374 continues "…支持福建省光电信息技" from the line before.
        Assert.DoesNotContain(TaskDeriver.Derive(Samples.Parsed("002")), t => t.Title.StartsWith("术创新实验室"));
    }

    [Theory]
    [InlineData("项目总投资12亿元，建设期三年", 120000, "亿元")]
    [InlineData("计划投资约3500万元", 3500, "万元")]
    [InlineData("总投资超 1,200.5 亿元", 12005000, "亿元")]
    public void Investment_printed_in_a_text_is_detected_and_normalized_to_wan(string text, double wan, string unit)
    {
        var money = Money.DetectInvestment(text);
        Assert.NotNull(money);
        Assert.Equal(wan, money.Wan, 3);
        Assert.Equal(unit, money.Unit);
    }

    [Fact]
    public void Text_without_an_investment_figure_has_none() => Assert.Null(Money.DetectInvestment("经济总量达438.08亿元"));
}
