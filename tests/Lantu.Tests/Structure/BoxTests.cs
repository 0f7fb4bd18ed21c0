namespace Lantu.Tests.Structure;

public class BoxTests
{
    [Theory]
    [InlineData("000", 26)]
    [InlineData("001", 0)]
    [InlineData("002", 16)]
    [InlineData("003", 25)]
    [InlineData("004", 11)]
    public void Every_box_is_found_numbered_in_order(string plan, int count)
    {
        var boxes = Samples.Parsed(plan).Boxes;
        Assert.Equal(count, boxes.Count);
        Assert.Equal(Enumerable.Range(1, count).Select(i => i.ToString()), boxes.Select(b => b.Number));
    }

    [Fact]
    public void Xiamen_box_3_lists_its_four_projects_by_name()
    {
        var box = Samples.Parsed("000").Boxes.Single(b => b.Number == "3");
        Assert.Equal("创新平台载体重点项目", box.Title);
        Assert.Equal(new[] { "嘉庚创新实验室", "厦门大学国家集成电路产教融合创新平台", "生物制品技术创新实验室", "检验检测高技术服务业集聚区" },
            box.Items.Select(i => i.Name));
        Assert.Equal(1103, box.LineStart);
        Assert.StartsWith("嘉庚创新实验室。布局高效能源存储", box.Items[0].Text);
        Assert.Equal(1105, box.Items[0].LineStart);
    }

    [Fact]
    public void Indicator_boxes_are_tables_not_project_lists()
    {
        var boxes = Samples.Parsed("000").Boxes;
        Assert.Equal("table", boxes[0].Kind);
        Assert.Equal("table", boxes[1].Kind);
        Assert.Empty(boxes[1].Items);
        var licheng = Samples.Parsed("003").Boxes;
        Assert.Equal("table", licheng.Single(b => b.Number == "3").Kind);
    }

    [Fact]
    public void Box_items_split_at_lead_phrases_even_when_the_previous_line_is_full()
    {
        var box = Samples.Parsed("004").Boxes.Single(b => b.Number == "1");
        Assert.Equal("政务“云网融合”工程", box.Title);
        Assert.Equal(new[] { "政务网络整合提升工程", "政务云优化升级工程" }, box.Items.Select(i => i.Name));
    }

    [Fact]
    public void Fuzhou_box_items_are_named_before_the_colon()
    {
        var box = Samples.Parsed("002").Boxes.Single(b => b.Number == "9");
        Assert.Equal("基础设施重大工程", box.Title);
        Assert.Equal(new[] { "铁路", "公路", "港口", "地铁", "机场" }, box.Items.Select(i => i.Name));
    }

    [Fact]
    public void Boxes_are_outline_nodes_within_their_section()
    {
        var section = Samples.Parsed("000").AllNodes().Single(n => n.Kind == "section" && n.Title == "强化创新平台载体建设");
        Assert.Contains(section.SelfAndDescendants(), c => c.Kind == "box" && c.Title == "创新平台载体重点项目");
    }
}
