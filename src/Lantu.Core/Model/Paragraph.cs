namespace Lantu.Core.Model;

/// <summary>A logical paragraph (or heading, or table row) rebuilt from one or more source lines.</summary>
public sealed record Paragraph(int LineStart, int LineEnd, string Text)
{
    public override string ToString() => $"[{LineStart}-{LineEnd}] {Text}";
}
