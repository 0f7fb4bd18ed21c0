using System.Text.RegularExpressions;
using Lantu.Core.Text;

namespace Lantu.Tests.Performance;

/// <summary>The hand-written white-space removal that replaced <c>Regex.Replace(s, @"\s+", "")</c> on the parser's hot
/// path removes exactly what the regular expression removed.</summary>
public class WhiteSpaceTests
{
    [Fact]
    public void Every_character_is_white_space_exactly_when_the_regular_expression_says_so()
    {
        var space = new Regex(@"^\s$");
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var s = ((char)c).ToString();
            Assert.True(space.IsMatch(s) == (CjkText.WithoutWhiteSpace(s).Length == 0), $"U+{c:X4}");
        }
    }

    [Fact]
    public void Every_line_of_the_samples_loses_what_the_regular_expression_removes()
    {
        int changed = 0;
        foreach (var file in Directory.GetFiles(Samples.PlansDir, "*.txt"))
            foreach (var line in File.ReadAllLines(file).Append(" \t 两端\u3000空白 \u00A0"))
            {
                var expected = Regex.Replace(line, @"\s+", "");
                var actual = CjkText.WithoutWhiteSpace(line);
                Assert.Equal(expected, actual);
                if (expected.Length != line.Length) changed++;
                else Assert.Same(line, actual); // nothing to remove: no copy
            }
        Assert.True(changed > 1000, $"{changed} lines had white space");
    }
}
