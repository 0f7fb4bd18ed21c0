using Lantu.Core.Indicators;

namespace Lantu.Tests.Indicators;

public class LineIntervalsTests
{
    [Fact]
    public void Answers_as_a_scan_of_every_span_does()
    {
        (int, int)[] spans = [(40, 45), (10, 20), (15, 30), (50, 50), (60, 70), (62, 64)];
        var set = new LineIntervals(spans);
        for (int start = 0; start <= 75; start++)
            for (int end = start; end <= start + 6; end++)
                Assert.Equal(spans.Any(s => start <= s.Item2 && end >= s.Item1), set.Overlaps(start, end));
        Assert.False(new LineIntervals([]).Overlaps(1, 100));
    }
}
