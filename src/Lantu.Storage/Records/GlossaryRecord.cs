namespace Lantu.Storage.Records;

public sealed record GlossaryRecord(string Term, string Definition, int LineStart, int LineEnd, IReadOnlyList<string> Places, IReadOnlyList<int> ReferenceLines);
