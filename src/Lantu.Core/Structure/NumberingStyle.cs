namespace Lantu.Core.Structure;

/// <summary>
/// Heading numbering styles, by rank: a heading of a lower rank number sits above one of a higher rank.
/// Chinese plans nest 篇 > 章 > 节 > 一、 > （一） > 1. > (1) > ①.
/// </summary>
public static class NumberingStyle
{
    public const string Part = "part";
    public const string Chapter = "chapter";
    public const string Section = "section";
    public const string CnEnum = "cn-enum";
    public const string CnParen = "cn-paren";
    public const string ArabicDot = "arabic-dot";
    public const string ArabicParen = "arabic-paren";
    public const string Circled = "circled";
    public const string Box = "box";
    public const string Table = "table";
    public const string Preface = "preface";
    public const string Appendix = "appendix";

    public static int Rank(string style) => style switch
    {
        Preface or Appendix => 0,
        Part => 1,
        Chapter => 2,
        Section => 3,
        CnEnum => 4,
        CnParen => 5,
        ArabicDot => 6,
        ArabicParen => 7,
        Circled => 8,
        _ => 100, // boxes and tables are leaves under the current heading
    };

    /// <summary>Headings that close a box or table: anything at 一、/（一） level or above.</summary>
    public static bool ClosesBlock(string style) => Rank(style) <= Rank(CnParen) || style is Box or Table;
}
