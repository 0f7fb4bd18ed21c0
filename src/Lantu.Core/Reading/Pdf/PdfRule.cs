using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Lantu.Core.Reading.Pdf;

/// <summary>
/// A straight horizontal or vertical line drawn on a page: a table's cell border. <see cref="At"/> is its y
/// (horizontal) or x (vertical); it runs from <see cref="From"/> to <see cref="To"/> along the other axis.
/// </summary>
internal sealed record PdfRule(bool Horizontal, double At, double From, double To)
{
    /// <summary>A rule is thinner than this (a border drawn as a filled rectangle, as Word prints them).</summary>
    private const double MaxThickness = 3;

    /// <summary>A border shorter than this is a glyph's stroke or a dot, not a cell's side.</summary>
    private const double MinLength = 4;

    public bool Covers(double position, double slack) => position >= From - slack && position <= To + slack;

    /// <summary>The page's rules: stroked straight lines (LibreOffice), the sides of stroked rectangles, and filled
    /// rectangles thin enough to be a line (Word). Curves and large filled areas (shading) are no borders.</summary>
    public static List<PdfRule> Of(Page page)
    {
        var rules = new List<PdfRule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled)) continue;
            foreach (var subpath in path)
            {
                if (path.IsFilled && subpath.GetBoundingRectangle() is { } box
                    && (box.Width <= MaxThickness || box.Height <= MaxThickness))
                {
                    // A filled bar: one rule along its long side, through its middle.
                    if (box.Width >= box.Height) Add(rules, true, (box.Bottom + box.Top) / 2, box.Left, box.Right);
                    else Add(rules, false, (box.Left + box.Right) / 2, box.Bottom, box.Top);
                    continue;
                }
                if (!path.IsStroked) continue;
                PdfPoint? start = null, current = null;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move: start = current = move.Location; break;
                        case PdfSubpath.Line line: AddLine(rules, line.From, line.To); current = line.To; break;
                        case PdfSubpath.Close when start is { } s && current is { } c: AddLine(rules, c, s); current = s; break;
                        case PdfSubpath.BezierCurve curve: current = curve.EndPoint; break;
                    }
                }
            }
        }
        return rules;
    }

    private static void AddLine(List<PdfRule> rules, PdfPoint a, PdfPoint b)
    {
        if (Math.Abs(a.Y - b.Y) < 0.5) Add(rules, true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X));
        else if (Math.Abs(a.X - b.X) < 0.5) Add(rules, false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y));
    }

    private static void Add(List<PdfRule> rules, bool horizontal, double at, double from, double to)
    {
        if (to - from >= MinLength) rules.Add(new PdfRule(horizontal, at, from, to));
    }
}
