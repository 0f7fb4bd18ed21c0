namespace Lantu.Storage.Accounts;

/// <summary>
/// Text written into CSV or spreadsheet files that people open in Excel or WPS: a cell beginning with =, +, -, @, a tab
/// or a carriage return would be run as a formula (CSV injection), so it is written with a leading apostrophe, and read
/// back without it. Numbers (-3.5) are left alone: a spreadsheet reads them as numbers, not formulas.
/// </summary>
public static class SpreadsheetText
{
    private const string FormulaStarts = "=+-@\t\r";

    public static bool IsNumber(string s) =>
        double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>The cell as a spreadsheet should see it: text that would start a formula gets a leading apostrophe.</summary>
    public static string Neutralise(string s) =>
        s.Length > 0 && FormulaStarts.Contains(s[0]) && !IsNumber(s) ? "'" + s : s;

    /// <summary>The cell as it was before <see cref="Neutralise"/> (a spreadsheet may keep or drop the apostrophe).</summary>
    public static string Restore(string s) =>
        s.Length > 1 && s[0] == '\'' && FormulaStarts.Contains(s[1]) ? s[1..] : s;
}
