using System.Reflection;

namespace Lantu.Core.Text;

/// <summary>
/// Traditional → simplified characters, one character for one, so that positions (and thus source lines) survive the
/// conversion. The table is OpenCC's TSCharacters.txt (Apache-2.0, https://github.com/BYVoid/OpenCC, commit
/// 5249273a), embedded as it is; where it lists several simplified forms the first (the common one) is taken.
/// Phrase-level choices (乾隆 stays 乾) do not matter for the figures read here.
/// </summary>
public static class ChineseScript
{
    private static readonly Lazy<Dictionary<char, char>> Map = new(Load);

    public static string ToSimplified(string text)
    {
        var map = Map.Value;
        char[]? chars = null;
        for (int i = 0; i < text.Length; i++)
            if (map.TryGetValue(text[i], out var s))
                (chars ??= text.ToCharArray())[i] = s;
        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// Whether a document is printed in traditional characters: at least one Han character in twenty has a simplified
    /// form. Simplified text has almost none (著 and 乾 are in the table but are also simplified characters), a
    /// traditional page a fifth or more; so a simplified plan is never rewritten because of a few such characters.
    /// </summary>
    public static bool IsTraditional(IEnumerable<string> lines)
    {
        var map = Map.Value;
        int han = 0, traditional = 0;
        foreach (var line in lines)
            foreach (var c in line)
            {
                if (c is < '\u4E00' or > '\u9FFF') continue;
                han++;
                if (map.ContainsKey(c)) traditional++;
            }
        return han >= 50 && traditional * 20 >= han;
    }

    private static Dictionary<char, char> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Lantu.Core.Text.TSCharacters.txt")
            ?? throw new InvalidOperationException("embedded resource TSCharacters.txt missing");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<char, char>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            // Only single BMP characters on both sides: a one-for-one replacement keeps every position.
            if (parts.Length < 2 || parts[0].Length != 1) continue;
            var first = parts[1].Split(' ')[0];
            if (first.Length == 1) map[parts[0][0]] = first[0];
        }
        return map;
    }
}
