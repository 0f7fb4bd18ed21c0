using Lantu.Core.Model;
using Lantu.Core.Text;

namespace Lantu.Core.Normalization;

/// <summary>Source lines → cleaned lines (Word tags, page numbers and running headers removed, traditional characters folded), table of contents found, layout detected, paragraphs rebuilt.</summary>
public static class Normalizer
{
    public static NormalizedDocument Normalize(SourceDocument source)
    {
        var clean = source.Lines.Select(LineCleaner.Clean).ToArray();
        // Reposting sites serve plans converted to traditional characters; the parser's vocabulary (指标, 约束性, 专栏)
        // and every comparison with other plans are in simplified ones. One for one, so columns and spans stay put.
        if (ChineseScript.IsTraditional(clean))
            for (int i = 0; i < clean.Length; i++) clean[i] = ChineseScript.ToSimplified(clean[i]);
        foreach (var line in PageFurniture.Find(clean)) clean[line - 1] = "";
        var toc = TocDetector.Find(clean);
        var layout = LayoutProfile.Detect(clean.Where((_, i) => !toc.Contains(i + 1)));
        var paragraphs = ParagraphBuilder.Build(clean, toc, layout);
        return new NormalizedDocument { Source = source, CleanLines = clean, TocLines = toc, Layout = layout, Paragraphs = paragraphs };
    }
}
