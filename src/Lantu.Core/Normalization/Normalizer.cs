using Lantu.Core.Model;

namespace Lantu.Core.Normalization;

/// <summary>Source lines → cleaned lines (Word tags, page numbers and running headers removed), table of contents found, layout detected, paragraphs rebuilt.</summary>
public static class Normalizer
{
    public static NormalizedDocument Normalize(SourceDocument source)
    {
        var clean = source.Lines.Select(LineCleaner.Clean).ToArray();
        foreach (var line in PageFurniture.Find(clean)) clean[line - 1] = "";
        var toc = TocDetector.Find(clean);
        var layout = LayoutProfile.Detect(clean.Where((_, i) => !toc.Contains(i + 1)));
        var paragraphs = ParagraphBuilder.Build(clean, toc, layout);
        return new NormalizedDocument { Source = source, CleanLines = clean, TocLines = toc, Layout = layout, Paragraphs = paragraphs };
    }
}
