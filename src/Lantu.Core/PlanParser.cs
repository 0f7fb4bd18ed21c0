using Lantu.Core.Indicators;
using Lantu.Core.Model;
using Lantu.Core.Normalization;
using Lantu.Core.Reading;
using Lantu.Core.Structure;

namespace Lantu.Core;

/// <summary>The ingest pipeline: read → normalize → boxes → outline → glossary → metadata → indicators.</summary>
public static class PlanParser
{
    public static StructuredPlan ParseFile(string path) => Parse(DocumentReader.ReadFile(path));

    public static StructuredPlan Parse(SourceDocument source) => Parse(Normalizer.Normalize(source));

    public static StructuredPlan Parse(NormalizedDocument doc)
    {
        var boxes = BoxParser.Parse(doc.Paragraphs);
        var outline = OutlineBuilder.Build(doc.Paragraphs, boxes);
        var plan = new StructuredPlan
        {
            Source = doc.Source,
            Metadata = MetadataDetector.Detect(doc.Paragraphs),
            Paragraphs = doc.Paragraphs,
            Outline = outline,
            Boxes = boxes.Select(b => b.Box).ToList(),
            Glossary = GlossaryParser.Parse(doc.Paragraphs),
        };
        plan.Indicators = IndicatorExtractor.Extract(doc, plan);
        return plan;
    }
}
