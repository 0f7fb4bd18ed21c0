using Lantu.Core;
using Lantu.Core.Reading;

namespace Lantu.Storage;

/// <summary>Reads, parses and stores one document. Reading and parsing finish before the database is touched,
/// so a bad document never leaves anything behind.</summary>
public sealed class PlanIngestor(PlanWriter writer)
{
    /// <summary>For code outside a composition root (tests, tools): with a writer over the session.</summary>
    public PlanIngestor(LantuSession session) : this(new PlanWriter(session)) { }


    public IngestResult IngestFile(string path, PlanOverrides? overrides = null) =>
        writer.Save(PlanParser.Parse(DocumentReader.ReadFile(path)), overrides);

    public IngestResult IngestBytes(byte[] bytes, string fileName, PlanOverrides? overrides = null) =>
        writer.Save(PlanParser.Parse(DocumentReader.Read(bytes, fileName)), overrides);
}
