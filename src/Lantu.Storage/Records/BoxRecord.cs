namespace Lantu.Storage.Records;

/// <summary>A 专栏 as stored (the JSON contract of `boxes --json`).</summary>
public sealed record BoxRecord(string Number, string Title, string Kind, int LineStart, int LineEnd, IReadOnlyList<BoxItemRecord> Items);

public sealed record BoxItemRecord(string Name, string Text, int LineStart, int LineEnd);
