using UglyToad.PdfPig.Content;

namespace Lantu.Core.Reading.Pdf;

/// <summary>
/// What a page prints that cannot be read as text, said as a warning rather than read as rows: glyphs of a font
/// without a Unicode mapping (no ToUnicode map, codes assigned by the subsetting: a text layer of control characters
/// and stray Latin letters), and a picture covering much of the page with no text over it (a table pasted as an
/// image, or a scanned page).
/// </summary>
internal static class PdfUnreadable
{
    /// <summary>A picture smaller than this share of the page is a logo, a stamp or a chart's icon.</summary>
    private const double MinPictureShare = 0.08;

    /// <summary>Fonts whose glyphs map to no real character: some of their letters decode to control characters,
    /// unassigned or private-use code points. All of such a font's letters are left out, the stray Latin letters
    /// included, since they are codes, not text.</summary>
    public static HashSet<string> UnmappedFonts(Page page)
    {
        var fonts = new HashSet<string>();
        foreach (var font in page.Letters.GroupBy(l => l.FontName ?? ""))
        {
            int unmapped = font.Count(l => IsUnmapped(l.Value));
            if (unmapped >= 3 || unmapped > 0 && unmapped >= font.Count() * 0.05) fonts.Add(font.Key);
        }
        return fonts;
    }

    public static bool InUnmappedFont(Letter letter, HashSet<string> fonts) => fonts.Count > 0 && fonts.Contains(letter.FontName ?? "");

    /// <summary>The warning for a page's unmapped glyphs.</summary>
    public static string UnmappedWarning(int page, int glyphs) =>
        $"第 {page} 页有 {glyphs} 个字符所用字体没有 Unicode 映射，无法识别为文字，已略去；请使用可复制文字的 PDF，或先做文字识别 " +
        $"(page {page}: {glyphs} glyphs have no Unicode mapping and were left out)";

    /// <summary>Warnings for pictures that cover much of the page with (almost) no text printed over them.</summary>
    public static IEnumerable<string> PictureWarnings(Page page)
    {
        var box = page.CropBox.Bounds;
        double pageArea = box.Width * box.Height;
        if (pageArea <= 0) yield break;
        foreach (var image in page.GetImages())
        {
            var b = image.BoundingBox;
            double share = b.Width * b.Height / pageArea;
            if (share < MinPictureShare) continue;
            int inside = page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value)
                && l.StartBaseLine.X >= b.Left && l.StartBaseLine.X <= b.Right && l.StartBaseLine.Y >= b.Bottom && l.StartBaseLine.Y <= b.Top);
            // A scanned page with an OCR text layer prints its text over the picture; that text is read.
            if (inside >= 20) continue;
            yield return $"第 {page.Number} 页有一幅图片（约占页面的 {share * 100:0}%），图中的文字（如以图片形式插入的指标表）不在文字层中，未能读取；" +
                $"请使用可复制文字的版本，或先做文字识别 (page {page.Number}: a picture covering {share * 100:0}% of the page has no text layer)";
        }
    }

    private static bool IsUnmapped(string value) =>
        value.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r') || c == '\uFFFD' || c is >= '\uE000' and <= '\uF8FF');
}
