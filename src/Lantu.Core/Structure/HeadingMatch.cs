namespace Lantu.Core.Structure;

/// <summary>A paragraph recognised as a heading: its style, printed number, ordinal and title.</summary>
public sealed record HeadingMatch(string Style, string Number, int Ordinal, string Title);
