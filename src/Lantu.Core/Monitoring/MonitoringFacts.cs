using System.Globalization;

namespace Lantu.Core.Monitoring;

/// <summary>Reads a facts CSV (region,indicator,year,value,unit,estimate,grade,source). A malformed row is an error
/// naming its row and column: nothing is guessed, and a year not in the file stays absent.</summary>
public static class MonitoringFacts
{
    private static readonly string[] Header = ["region", "indicator", "year", "value", "unit", "estimate", "grade", "source"];

    public static IReadOnlyList<MonitoringFact> Load(string path) => Parse(File.ReadAllText(path));

    public static IReadOnlyList<MonitoringFact> Parse(string csv)
    {
        var rows = Csv(csv.TrimStart('\uFEFF'));
        if (rows.Count == 0 || !rows[0].Select(h => h.Trim().ToLowerInvariant()).SequenceEqual(Header))
            throw new FormatException($"监测数据文件的表头应为 {string.Join(",", Header)}");
        var facts = new List<MonitoringFact>();
        for (int i = 1; i < rows.Count; i++)
        {
            var r = rows[i];
            int row = i + 1;
            if (r.Count == 1 && r[0].Trim().Length == 0) continue;
            if (r.Count != Header.Length) throw new FormatException($"第{row}行：应有{Header.Length}列，实有{r.Count}列");
            if (!int.TryParse(r[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1949 or > 2100)
                throw new FormatException($"第{row}行 year 列：“{r[2]}”不是年份");
            if (!double.TryParse(r[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw new FormatException($"第{row}行 value 列：“{r[3]}”不是数值");
            bool estimate = r[5].Trim() switch
            {
                "yes" or "是" => true,
                "no" or "否" => false,
                var other => throw new FormatException($"第{row}行 estimate 列：“{other}”应为 yes 或 no"),
            };
            var grade = r[6].Trim();
            if (grade is not ("A" or "B" or "C")) throw new FormatException($"第{row}行 grade 列：“{grade}”应为 A、B 或 C");
            if (r[1].Trim().Length == 0 || r[0].Trim().Length == 0 || r[7].Trim().Length == 0)
                throw new FormatException($"第{row}行：地区、指标和来源不能为空");
            facts.Add(new MonitoringFact(row, r[0].Trim(), r[1].Trim(), year, value, r[4].Trim(), estimate, grade[0], r[7].Trim()));
        }
        return facts;
    }

    /// <summary>RFC 4180 fields: commas, quoted fields with "" for a quote, CRLF or LF line ends.</summary>
    private static List<List<string>> Csv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString()); field.Clear();
                rows.Add(row); row = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
