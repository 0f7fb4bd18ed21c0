using System.Text.RegularExpressions;
using Lantu.Core.Indicators;
using Lantu.Core.Model;
using Lantu.Core.Normalization;

namespace Lantu.Tests.Indicators;

/// <summary>The locator's thresholds are options: the defaults are what the locator used before they were named,
/// and a changed option changes what is found.</summary>
public class TableLocatorOptionsTests
{
    [Fact]
    public void Passing_the_defaults_finds_the_same_tables_as_passing_nothing()
    {
        var doc = SamplePlans.Load("000").Doc;
        Assert.Equal(TableLocator.Locate(doc), TableLocator.Locate(doc, new TableLocatorOptions()));
    }

    [Fact]
    public void A_shorter_flat_body_limit_cuts_a_flat_table_short()
    {
        // Fuzhou's tables with their tabs turned into spaces, as a PDF extraction prints them: read as flat text.
        var source = SamplePlans.Load("002").Doc.Source;
        var lines = source.Lines.Select(l => Regex.Replace(l, "\t+", " ")).ToList();
        var doc = Normalizer.Normalize(new SourceDocument(source.FileName, source.Format, source.Encoding, lines));
        var full = TableLocator.Locate(doc).First(r => r.Shape == TableShape.Flat && r.BodyEnd - r.HeaderEnd > 10);
        var cut = TableLocator.Locate(doc, new TableLocatorOptions { FlatBodyMaxLines = 10 }).First(r => r.HeaderStart == full.HeaderStart);
        Assert.Equal(full.HeaderEnd + 10, cut.BodyEnd);
    }

    [Fact]
    public void A_threshold_that_cannot_mean_anything_is_refused_by_name()
    {
        var doc = SamplePlans.Load("000").Doc;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TableLocator.Locate(doc, new TableLocatorOptions { FlatBodyMaxLines = -1 }));
        Assert.Equal(nameof(TableLocatorOptions.FlatBodyMaxLines), e.ParamName);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => TableLocator.Locate(doc, new TableLocatorOptions { CellPerLinePercent = 170 }));
        Assert.Equal(nameof(TableLocatorOptions.CellPerLinePercent), e.ParamName);
    }

    [Fact]
    public void A_caption_longer_than_the_caption_limit_is_not_a_caption()
    {
        const string caption = "专栏1 “十四五”时期经济社会发展主要指标";
        Assert.True(TableLocator.IsCaption(caption));
        Assert.False(TableLocator.IsCaption(caption, new TableLocatorOptions { CaptionMaxLength = 10 }));
    }
}
