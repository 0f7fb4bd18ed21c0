namespace Lantu.Core.Text;

/// <summary>Printed width of a line in em: a Chinese character is 1, ASCII about half, a space a quarter.</summary>
public static class TextWidth
{
    public static double Of(string s)
    {
        double w = 0;
        foreach (var c in s)
            w += c == ' ' ? 0.25 : c < 128 ? 0.5 : 1.0;
        return w;
    }
}
