using System.Text.RegularExpressions;
using Lantu.Core.Normalization;

namespace Lantu.Core.Indicators.Shapes;

/// <summary>
/// PDF text: cells separated by spaces and wrapped over lines. There is no second name column, so a numbered row
/// without values followed by unnumbered rows is their parent, and "11 城镇化率 户籍人口城镇化率 …" is a parent cell
/// beside its first sub-indicator.
/// </summary>
public sealed partial class FlatShape : TableShapeReader
{
    public override TableShape Shape => TableShape.Flat;
    public override bool CellsFormGrid => false;

    /// <summary>Any header that names an indicator column and a value column; the header runs to 属性 and the
    /// sub-labels under it (without 属性, to the first line that is not header), the body to a note, a heading or a
    /// line of prose.</summary>
    public override TableRegion? TryLocate(NormalizedDocument doc, TableStart start, TableLocatorOptions o)
    {
        if (HeaderEnd(doc, start.HeaderStart, o) is not int headerEnd) return null;
        var header = string.Join(" ", Enumerable.Range(start.HeaderStart, headerEnd - start.HeaderStart + 1).Select(doc.CleanLine));
        var tokens = HeaderReader.Tokens(header);
        if (!tokens.Any(t => t.Kind == LabelKind.Name) || !tokens.Any(t => t.Kind is LabelKind.Value or LabelKind.Growth)) return null;

        int n = doc.CleanLines.Count, end = headerEnd;
        double width = doc.Layout.WrapWidth > 0 ? doc.Layout.WrapWidth : o.DefaultWrapWidth;
        for (int j = headerEnd + 1; j <= n && j <= headerEnd + o.FlatBodyMaxLines; j++)
        {
            var line = doc.CleanLine(j);
            if (line.Length == 0) continue;
            if (TableLocator.EndsTable(line, width, o)) break;
            end = j;
        }
        return new TableRegion(start.Title, start.CaptionLine, start.HeaderStart, headerEnd, end, TableShape.Flat, TableLocator.IsReview(start.Title, header));
    }

    /// <summary>The header's last line: the line holding 属性 plus lines of sub-labels; without 属性, the last line
    /// that still looks like header.</summary>
    private static int? HeaderEnd(NormalizedDocument doc, int start, TableLocatorOptions o)
    {
        int n = doc.CleanLines.Count;
        int headerEnd = -1;
        for (int j = start; j <= Math.Min(n, start + o.AttributeSearchLines); j++)
        {
            var c = HeaderReader.Compact(doc.CleanLine(j));
            if (c.Length == 0) continue;
            if (c.Contains("属性")) { headerEnd = j; break; }
        }
        if (headerEnd > 0)
        {
            for (int j = headerEnd + 1; j <= Math.Min(n, headerEnd + o.SubLabelLines); j++)
            {
                var c = HeaderReader.Compact(doc.CleanLine(j));
                if (c.Length == 0) continue;
                if (SubLabels().IsMatch(c)) headerEnd = j; else break;
            }
        }
        else
        {
            for (int j = start; j <= Math.Min(n, start + o.FlatHeaderLines); j++)
            {
                var c = doc.CleanLine(j);
                if (c.Trim().Length == 0) continue;
                if (j > start && !HeaderReader.LooksLikeHeader(c)) break;
                headerEnd = j;
            }
        }
        return headerEnd < 0 ? null : headerEnd;
    }

    [GeneratedRegex(@"^(?:绝对值|年均增长|年均增幅|目标值?|实际|累计|\[累计\]|预期|\d{4}年|/)+$")]
    private static partial Regex SubLabels();

    public override (TableSchema Schema, List<RawRow> Rows) Read(NormalizedDocument doc, TableRegion region) => FlatTableReader.Read(doc, region);

    internal override (string Name, bool ParentOnly) PlaceInGroup(RowGroup group, IReadOnlyList<RawRow> raws, int index, IndicatorRow row)
    {
        var r = raws[index];
        string name = r.Name;
        bool parentOnly = r.HasSubRows;
        if (r.Seq is not null)
        {
            group.Start(r.Seq, name);
            bool childFollows = index + 1 < raws.Count && raws[index + 1].Seq is null;
            parentOnly = r.HasSubRows || !r.HasValues && childFollows;
            if (r.HasValues && childFollows && r.NameParts is { Length: 2 } parts)
            {
                group.Parent = parts[0];
                name = parts[1];
                row.Parent = parts[0];
            }
        }
        else if (group.Parent is not null) row.Parent = group.Parent;
        row.Seq = r.Seq ?? (group.Parent is not null ? group.Seq : null);
        return (name, parentOnly);
    }
}
