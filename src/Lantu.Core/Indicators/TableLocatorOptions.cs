namespace Lantu.Core.Indicators;

/// <summary>
/// The thresholds <see cref="TableLocator"/> judges text by. Each default was set on the sample plans and the corpus
/// (tests/Lantu.Tests/Corpus); change one only with those tests running.
/// </summary>
public sealed record TableLocatorOptions
{
    public static TableLocatorOptions Default { get; } = new();

    /// <summary>Shortest caption, whitespace removed (表1 is not a caption; 表1 主要指标 is). Default 4.</summary>
    public int CaptionMinLength { get; init; } = 4;

    /// <summary>Longest caption, whitespace removed: a longer line is a sentence that mentions 主要指标. Default 60.</summary>
    public int CaptionMaxLength { get; init; } = 60;

    /// <summary>How many lines above a bare header a caption may stand and still own it (the caption is then read
    /// from the caption, not as a bare header). Default 4: a caption, a unit line, a blank or two.</summary>
    public int CaptionReach { get; init; } = 4;

    /// <summary>Non-empty lines after a caption in which the header must begin (a caption may be followed by a
    /// unit line or a subtitle first). Default 4.</summary>
    public int HeaderSearchLines { get; init; } = 4;

    /// <summary>A line without tabs longer than this (whitespace removed) between caption and header is prose: the
    /// caption was a heading that only names 主要目标. Default 40, longer than any header row of the samples.</summary>
    public int ProseLength { get; init; } = 40;

    /// <summary>Lines from the header start in which a tab makes the table tabbed (Word and HTML output); a header
    /// may run over a few untabbed lines first. Default 6.</summary>
    public int TabProbeLines { get; init; } = 6;

    /// <summary>Lines from the header start sampled to tell one-cell-per-line output from tabbed rows. Default 40,
    /// a few rows of any table.</summary>
    public int ShapeSampleLines { get; init; } = 40;

    /// <summary>Share, in percent, of sampled tab lines that hold a single leading-tab cell for the table to be read
    /// one cell per line. Default 70: most lines, allowing for header rows and merged cells.</summary>
    public int CellPerLinePercent { get; init; } = 70;

    /// <summary>In one-cell-per-line output, an untabbed line up to this long right after a cell continues the cell
    /// (a wrapped indicator name); a longer line is prose after the table. Default 30.</summary>
    public int CellContinuationLength { get; init; } = 30;

    /// <summary>Lines of a tabbed table read as header when deciding whether it reviews the previous period (the
    /// header ends earlier at the first row with data). Default 16, more than any header of the samples.</summary>
    public int ReviewHeaderLines { get; init; } = 16;

    /// <summary>Flat (PDF) tables: lines from the header start searched for the 属性 label that ends the top header
    /// row. Default 30: a header wrapped cell by cell.</summary>
    public int AttributeSearchLines { get; init; } = 30;

    /// <summary>Flat tables: lines after 属性 that may hold sub-labels (2025年 / 年均增长 under a spanning label).
    /// Default 6.</summary>
    public int SubLabelLines { get; init; } = 6;

    /// <summary>Flat tables without 属性: lines from the header start that may still be header. Default 12.</summary>
    public int FlatHeaderLines { get; init; } = 12;

    /// <summary>Flat tables: the longest body read, in lines, when no end is found earlier. Default 600, far more
    /// than any table (the longest sample table has about 120 lines).</summary>
    public int FlatBodyMaxLines { get; init; } = 600;

    /// <summary>The line width assumed when the document's layout gives none (the usual PDF page width in wide
    /// characters). Default 40.</summary>
    public double DefaultWrapWidth { get; init; } = 40;

    /// <summary>An unspaced line at least this long ends a flat table: prose, not a row of cells. Default 20.</summary>
    public int ProseLineMinLength { get; init; } = 20;

    /// <summary>… or at least this share of the wrap width, when that is longer. Default 0.75: a line filling most
    /// of the page width is running text.</summary>
    public double ProseLineWidthShare { get; init; } = 0.75;

    /// <summary>Refuses a threshold that cannot mean anything (a negative count, a share outside 0–1), naming it.</summary>
    public TableLocatorOptions Checked()
    {
        (string Name, double Value)[] counts =
        [
            (nameof(CaptionMinLength), CaptionMinLength), (nameof(CaptionMaxLength), CaptionMaxLength), (nameof(CaptionReach), CaptionReach),
            (nameof(HeaderSearchLines), HeaderSearchLines), (nameof(ProseLength), ProseLength), (nameof(TabProbeLines), TabProbeLines),
            (nameof(ShapeSampleLines), ShapeSampleLines), (nameof(CellContinuationLength), CellContinuationLength),
            (nameof(ReviewHeaderLines), ReviewHeaderLines), (nameof(AttributeSearchLines), AttributeSearchLines),
            (nameof(SubLabelLines), SubLabelLines), (nameof(FlatHeaderLines), FlatHeaderLines), (nameof(FlatBodyMaxLines), FlatBodyMaxLines),
            (nameof(DefaultWrapWidth), DefaultWrapWidth), (nameof(ProseLineMinLength), ProseLineMinLength),
        ];
        foreach (var (name, value) in counts)
            if (value < 0) throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative");
        if (CellPerLinePercent is < 0 or > 100)
            throw new ArgumentOutOfRangeException(nameof(CellPerLinePercent), CellPerLinePercent, $"{nameof(CellPerLinePercent)} is a percentage (0–100)");
        if (ProseLineWidthShare is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(ProseLineWidthShare), ProseLineWidthShare, $"{nameof(ProseLineWidthShare)} is a share (0–1)");
        if (CaptionMinLength > CaptionMaxLength)
            throw new ArgumentOutOfRangeException(nameof(CaptionMinLength), CaptionMinLength, $"{nameof(CaptionMinLength)} exceeds {nameof(CaptionMaxLength)} ({CaptionMaxLength})");
        return this;
    }
}
