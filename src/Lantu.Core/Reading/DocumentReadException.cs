namespace Lantu.Core.Reading;

/// <summary>A document that cannot be read as a plan; the message names the problem for the user.</summary>
public sealed class DocumentReadException(string fileName, string problem, Exception? inner = null)
    : Exception($"{fileName}: {problem}", inner)
{
    public string FileName { get; } = fileName;
    public string Problem { get; } = problem;
}
