namespace Lantu.Storage.Records;

/// <summary>A plan's current version with all its metadata.</summary>
public sealed record PlanDetail(
    long Id, long VersionId, int Version, string Title, string? Region, string? Level, string? Kind, string? Subject,
    int? PeriodStart, int? PeriodEnd, int? HorizonYear, string? Issuer, string? DocumentNumber, string? IssuedDate,
    IReadOnlyList<string> BasedOn, string SourceFile, string SourceFormat, string SourceEncoding, string ContentHash, string IngestedAt);
