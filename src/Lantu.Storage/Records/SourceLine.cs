namespace Lantu.Storage.Records;

public sealed class SourceLine
{
    public int LineNo { get; init; }
    public required string Text { get; init; }
}
