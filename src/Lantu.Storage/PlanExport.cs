using Lantu.Storage.Records;

namespace Lantu.Storage;

/// <summary>The whole structured plan in one document: metadata, outline, boxes, glossary and paragraphs' sources.</summary>
public sealed record PlanExport(PlanDetail Plan, IReadOnlyList<OutlineRecord> Outline, IReadOnlyList<BoxRecord> Boxes, IReadOnlyList<GlossaryRecord> Glossary)
{
    public static PlanExport Build(PlanReader reader, string plan)
    {
        var summary = reader.Resolve(plan);
        return new PlanExport(reader.Detail(summary.Id), reader.Outline(summary.VersionId), reader.Boxes(summary.VersionId), reader.Glossary(summary.VersionId));
    }
}
