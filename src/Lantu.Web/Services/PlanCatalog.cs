using System.Text.Encodings.Web;
using Lantu.Storage;
using Lantu.Storage.Records;
using Microsoft.Extensions.Caching.Memory;

namespace Lantu.Web.Services;

/// <summary>The portal's read service over <see cref="PlanReader"/>. Plan versions are immutable, so their views are
/// cached by version id; the catalogue is cached briefly and dropped when this process ingests.</summary>
public sealed class PlanCatalog(PlanReader reader, IMemoryCache cache, HtmlEncoder encoder)
{
    /// <summary>Most plans or regions a page offers as a drop-down list: past it (a province's thousands of plans)
    /// the list would outgrow the page, so the value is typed or chosen from a bounded list instead.</summary>
    public const int MaxListed = 200;

    private static readonly TimeSpan CatalogueLifetime = TimeSpan.FromSeconds(5);
    private const string CatalogueKey = "catalogue";

    public PlanReader Reader => reader;

    public IReadOnlyList<PlanSummary> List() =>
        cache.GetOrCreate(CatalogueKey, e => { e.AbsoluteExpirationRelativeToNow = CatalogueLifetime; e.Size = 1; return Reader.List(); })!;

    public PlanSummary? Find(long id) => List().FirstOrDefault(p => p.Id == id) ?? Reader.List().FirstOrDefault(p => p.Id == id);

    /// <summary>The current version's view, or null when no such plan exists.</summary>
    public PlanView? View(long id)
    {
        var summary = Find(id);
        if (summary is null) return null;
        return cache.GetOrCreate(("view", summary.VersionId), e =>
        {
            e.Size = 1;
            e.SlidingExpiration = TimeSpan.FromMinutes(30);
            var lines = Reader.Lines(summary.VersionId);
            return PlanView.Build(Reader.Detail(id), Reader.Outline(summary.VersionId), Reader.Boxes(summary.VersionId),
                Reader.Glossary(summary.VersionId), Reader.Paragraphs(summary.VersionId), lines.Count, encoder);
        });
    }

    public void Invalidate() => Invalidate(cache);

    /// <summary>Drops the cached catalogue (for a process-wide watcher that has the cache but no request).</summary>
    public static void Invalidate(IMemoryCache cache) => cache.Remove(CatalogueKey);

    /// <summary>Distinct values for the catalogue filters.</summary>
    public static IReadOnlyList<string> Distinct(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct().Order(StringComparer.Ordinal).ToList();

    public static string Period(PlanSummary p) => p.PeriodStart is { } s && p.PeriodEnd is { } e ? $"{s}–{e}" : "未注明";
}
