namespace Lantu.Core.Text;

/// <summary>Chinese numerals as used in headings and years: 十四 = 14, 二十三 = 23, 二〇三五 = 2035.</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static int Digit(char c) => c switch
    {
        '〇' or 'Ο' or 'O' or '○' or '零' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c),
    };

    /// <summary>Parses 一…九十九 (and 百), or plain Arabic digits; -1 when not a numeral.</summary>
    public static int Parse(string s)
    {
        s = s.Trim();
        if (s.Length == 0) return -1;
        if (s.All(char.IsAsciiDigit)) return int.Parse(s);
        int total = 0, current = 0;
        foreach (var c in s)
        {
            if (c == '十') { total += (current == 0 ? 1 : current) * 10; current = 0; }
            else if (c == '百') { total += (current == 0 ? 1 : current) * 100; current = 0; }
            else
            {
                int d = Digit(c);
                if (d < 0) return -1;
                current = current * 10 + d;
            }
        }
        return total + current;
    }

    /// <summary>Writes 1…999 as headings print them: 一, 十, 十四, 二十, 一百零五.</summary>
    public static string Format(int n)
    {
        if (n <= 0 || n > 999) return n.ToString();
        if (n < 10) return Digits[n].ToString();
        if (n < 20) return "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString());
        if (n < 100) return Digits[n / 10] + "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString());
        int rest = n % 100;
        var tail = rest == 0 ? "" : rest < 10 ? "零" + Digits[rest] : rest < 20 ? "一" + Format(rest) : Format(rest);
        return Digits[n / 100] + "百" + tail;
    }

    /// <summary>Digit-by-digit year such as 二〇三五 or 二Ο三五; -1 when not four numeral digits.</summary>
    public static int ParseYear(string s)
    {
        if (s.Length != 4) return -1;
        int year = 0;
        foreach (var c in s)
        {
            int d = Digit(c);
            if (d < 0) return -1;
            year = year * 10 + d;
        }
        return year;
    }

    private static readonly string[] Circled = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫", "⑬", "⑭", "⑮", "⑯", "⑰", "⑱", "⑲", "⑳"];

    public static int ParseCircled(string s) => Array.IndexOf(Circled, s) + 1;
}
