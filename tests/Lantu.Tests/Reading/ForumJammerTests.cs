using Lantu.Core.Normalization;

namespace Lantu.Tests.Reading;

/// <summary>A forum's anti-copy junk (c02 and its held-out copies in the corpus) is removed from copied text, cells and
/// separators kept; plan text with Latin in it is never touched.</summary>
public class ForumJammerTests
{
    [Theory]
    // Lines of c02-national-eco-13th-forum.copied.txt, as stored.
    [InlineData("! e8 T Q+ }6 u |", "|")]
    [InlineData("* B! B2 j9 ]9 `7 i S- t | 2015年# C; D# i; \\& f0 l. z3 j", "| 2015年")]
    [InlineData("4 K; E) p2 p, v- Q4 A- Z: ] | 76。73 r7 ^* I8 b% q6 I3 s# X/ M( q. F", "| 76.7")]
    [InlineData("S( x, L6 c% ]\" p! g: W+ Z' ~ | -9 `. |% ~5 \\6 a8 T8 N6 D) x6 s3 p5 b", "| -")]
    [InlineData("| O0 @* u# L$ |\" V2 A; d/ G | -", "| -")]
    [InlineData("1。空气质量8 _ T! [\" G! B/ }\" s( b", "1。空气质量")]
    [InlineData("重要江河湖泊水功能区水质达标率(%)3 z# O0 v9 E5 h! p\" |- m", "重要江河湖泊水功能区水质达标率(%)")]
    // Lines of the held-out copies (page322, mirror): junk glued after a value, a caption, a header.
    [InlineData("| >808 {# m/ \\1 r; \\) m% t", "| >80")]
    [InlineData("地级及以上城市2空气质量优良天数比率(%): p) I1 L4 V/ \\& y2 `8 z", "地级及以上城市2空气质量优良天数比率(%)")]
    [InlineData("专栏1“十三五”生态环境保护主要指标- ?7 D( R- u' J7 p\" p", "专栏1“十三五”生态环境保护主要指标")]
    [InlineData("\" ?1 t$ y5 y& L; _) t5 b. A | 666 ^3 V `7 x; w% V", "| 66")]
    [InlineData("- `0 \\; }3 _$ _+ z | 663 Y9 a6 j$ M+ T! ?! u5 a# d", "| 66")]
    [InlineData("| <51 a: f, l0 N3 ^! T2 E", "| <5")]
    [InlineData("/ O0 y; Y0 {& ? | -1 h7 R. e9 D9 P9 c", "| -")]
    [InlineData("8 i1 i3 F5 l1 C3 O6 T | 15左右1 J8 H, J, H8 D# K0 z- d", "| 15左右")]
    [InlineData("| 预期性1 h7 C3 X5 I9 H2 K\" j e", "| 预期性")]
    // Lines of the two copies held out until these rules were done (tid64649, ordertype): a closing bracket of the
    // name kept, junk holding a bar of its own, bars the junk leaves doubled.
    [InlineData("地表水质量劣Ⅴ类水体比例(%) a' y/ l' k7 p# }5 H", "地表水质量劣Ⅴ类水体比例(%)")]
    [InlineData("| 15左右7 x7 S8 U- t. v", "| 15左右")]
    [InlineData("- |! V4 _8 f: I! i | q4 ]3 h1 d | -", "| -")]
    [InlineData("| 地表水质量3达到或好于Ⅲ类水体比例(%)/ H& N7 P) | b; e", "| 地表水质量3达到或好于Ⅲ类水体比例(%) |")]
    [InlineData("$ _& `: E/ X1 B+ | | -", "| -")]
    public void Junk_is_removed_and_the_cells_stay(string line, string expected) => Assert.Equal(expected, LineCleaner.Clean(line));

    [Theory]
    [InlineData("PM2.5、PM10、SO2、NO2、O3、CO 年均浓度")]
    [InlineData("A 级 / B 级 / C 级")]
    [InlineData("1。空气质量")]
    [InlineData("到2025年达到100。2030年基本实现")]
    [InlineData("5G 基站 2 万个,R&D 投入强度 3%")]
    [InlineData("SO2 NO2 O3 CO 六项污染物")]
    [InlineData("5G 4G 3D 打印 A1 B2 级")]
    public void Plan_text_is_left_alone(string line) => Assert.Equal(line, LineCleaner.Clean(line));
}
