using System.Text.RegularExpressions;
using Lantu.Core.Text;

namespace Lantu.Core.Indicators.CellLines;

/// <summary>What a table cell looks like on its own, without knowing its column.</summary>
public enum CellKind { Empty, Seq, SeqName, Attribute, Unit, Value, Text }

/// <summary>Classifies a cell by its text: a sequence number, a numbered name (1. 地区生产总值, a forum copy's 1。空气质量), 预期性/约束性, a unit,
/// a value (a number, a range, a bound, a dash, a target phrase) or other text (a name, a category, a note).</summary>
public static partial class CellKinds
{
    public static CellKind Of(string cell)
    {
        var c = HeaderReader.Compact(cell);
        if (c.Length == 0) return CellKind.Empty;
        if (FlatTableReader.IsAttr(c)) return CellKind.Attribute;
        if (SeqOnly().IsMatch(c)) return CellKind.Seq;
        if (SeqName().IsMatch(c)) return CellKind.SeqName;
        if (Units.IsUnit(c) && !Digit().IsMatch(c)) return CellKind.Unit;
        if (FlatTableReader.IsValueLike(c) && !IndicatorNoun().IsMatch(c)) return CellKind.Value;
        return CellKind.Text;
    }

    /// <summary>Text that can open a row: a name or a category (at least two Chinese characters or a Latin word).</summary>
    public static bool IsNameLike(string cell) =>
        Of(cell) is CellKind.Text or CellKind.SeqName && cell.Count(ch => CjkText.IsCjk(ch) || char.IsAsciiLetter(ch)) >= 2;

    /// <summary>Text that ends as indicator names do and holds no figure (基本养老保险参保率).</summary>
    public static bool IsIndicatorName(string cell) => IndicatorNoun().IsMatch(HeaderReader.Compact(cell));

    [GeneratedRegex(@"^\d{1,3}[\.．、]?$")]
    private static partial Regex SeqOnly();
    [GeneratedRegex(@"^\d{1,3}[\.．、。]\D")]
    private static partial Regex SeqName();
    /// <summary>A name that happens to start like a target phrase (基本养老保险参保率, 稳定就业人数): no figure, and
    /// ends as indicator names do.</summary>
    [GeneratedRegex(@"^\D*(?:率|比重|比例|人数|数量|总量|产量|指数|面积|规模|能力|寿命|年限|收入|投资|总额)$")]
    private static partial Regex IndicatorNoun();
    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();
}
