using System.Text;

namespace Lantu.Application.Samples;

/// <summary>A plan text of a chosen size for size benchmarks (`lantu bench ingest --size`, Lantu.Bench `scaling`).</summary>
public static class SizedDocument
{
    /// <summary>The samples' text, one after another and again, until the size in bytes (UTF-8) is reached. Each copy
    /// marks its short lines (headings, list items) with its own two stems (甲乙…): four identical short lines spread
    /// over a document are page headers to the normaliser (PageFurniture), and a plain repetition would lose its
    /// whole outline from the fourth copy on.</summary>
    public static byte[] Of(IReadOnlyList<string> samples, int size)
    {
        const string stems = "甲乙丙丁戊己庚辛壬癸";
        var text = new StringBuilder();
        long bytes = 0;
        for (int copy = 0; bytes < size; copy++)
        {
            var mark = copy < samples.Count ? "" : $"（{stems[copy / 10 % 10]}{stems[copy % 10]}）";
            foreach (var line in samples[copy % samples.Count].Split('\n'))
            {
                var l = line.TrimEnd('\r');
                bool marked = mark.Length > 0 && l.Trim().Length is >= 4 and <= 60 && !l.Contains('\t');
                text.Append(l).Append(marked ? mark : "").Append('\n');
                bytes += Encoding.UTF8.GetByteCount(l) + (marked ? Encoding.UTF8.GetByteCount(mark) : 0) + 1;
                if (bytes >= size) break;
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
