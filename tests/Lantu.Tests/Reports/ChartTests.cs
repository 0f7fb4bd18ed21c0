using Lantu.Reports;

namespace Lantu.Tests.Reports;

public class ChartTests
{
    /// <summary>Set LANTU_REPORTS_KEEP to a directory to keep the rendered charts and reports for a look.</summary>
    internal static void Keep(string name, byte[] bytes)
    {
        if (Environment.GetEnvironmentVariable("LANTU_REPORTS_KEEP") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, name), bytes);
        }
    }

    [Fact]
    public void Every_indicator_gets_a_png_chart_of_real_size()
    {
        var model = XiamenReport.Model();
        foreach (var (indicator, n) in model.Indicators.Select((x, n) => (x, n)))
        {
            var png = ChartRenderer.Render(indicator, model.Year);
            Assert.True(png.AsSpan().StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }), indicator.Name);
            Assert.True(png.Length > 8_000, $"{indicator.Name}: {png.Length} bytes");
            // Width and height from the IHDR chunk.
            Assert.Equal(ChartRenderer.Width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
            Assert.Equal(ChartRenderer.Height, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
            Keep($"chart-{n:00}.png", png);
        }
    }

    [Fact]
    public void A_total_is_drawn_as_a_running_sum_from_zero()
    {
        var jobs = XiamenReport.Model().Indicators.Single(i => i.Name == "城镇新增就业人数");
        Assert.Equal([(2020, 0.0), (2021, 13.2), (2022, 24.7), (2023, 37.1)],
            ChartRenderer.Observed(jobs, 2023).Select(p => (p.Year, Math.Round(p.Value, 6))).ToArray());
    }

    [Fact]
    public void The_chart_uses_an_installed_cjk_font()
    {
        var family = ChartRenderer.FontFamily;
        using var typeface = SkiaSharp.SKFontManager.Default.MatchFamily(family);
        Assert.NotNull(typeface);
        Assert.True(typeface.ContainsGlyphs("森林覆盖率"), family);
    }
}
