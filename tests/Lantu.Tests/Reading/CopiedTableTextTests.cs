using Lantu.Core.Model;
using Lantu.Core.Reading;

namespace Lantu.Tests.Reading;

/// <summary>The rewriting of browser-copied tables touches only text that shows their mix of tabbed and untabbed cells
/// (the pages themselves are in <see cref="BrowserCopyTests"/>): the five samples, Word's one-cell-per-line export among
/// them, come through line for line.</summary>
public class CopiedTableTextTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void A_sample_plan_is_left_as_it_is(string sample)
    {
        var lines = File.ReadAllText(Samples.File(sample)).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var doc = new SourceDocument("plan.txt", "text", "utf-8", lines);
        Assert.Same(doc, CopiedTableText.Convert(doc));
    }

    [Fact]
    public void Cells_set_off_by_tab_lines_become_one_cell_a_line_and_a_broken_cell_is_joined()
    {
        string[] copied = ["表1 主要指标", "", "类别", "", "\t", "", "指标", "", "\t", "", "2025年", "目标", "", "\t属性", "", "",
            "经济", "", "\t", "", "地区生产总值", "", "\t", "", "累计提高", "3个百分点", "", "\t预期性", "", "", "注：略"];
        var doc = CopiedTableText.Convert(new SourceDocument("copied.txt", "text", "utf-8", copied));
        Assert.Equal(["表1 主要指标", "", "类别", "", "指标", "", "2025年目标", "", "属性", "", "经济", "", "地区生产总值", "",
            "累计提高3个百分点", "", "预期性", "", "", "", "注：略"], doc.Lines);
    }
}
