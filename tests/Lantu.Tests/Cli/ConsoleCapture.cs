using System.Text;

namespace Lantu.Tests.Cli;

/// <summary>
/// Captures <see cref="Console.Out"/> and <see cref="Console.Error"/> for the current async flow only: the console's
/// writers are replaced once by writers that pass each write to the flow's capture, or to the real console when the
/// flow captures nothing (tests running in parallel keep their own output).
/// </summary>
public static class ConsoleCapture
{
    private static readonly AsyncLocal<(TextWriter Out, TextWriter Error)?> Current = new();
    private static readonly Lock Install = new();
    private static bool _installed;

    public static IDisposable To(TextWriter stdout, TextWriter stderr)
    {
        lock (Install)
        {
            if (!_installed)
            {
                Console.SetOut(new Routed(Console.Out, () => Current.Value?.Out));
                Console.SetError(new Routed(Console.Error, () => Current.Value?.Error));
                _installed = true;
            }
        }
        Current.Value = (stdout, stderr);
        return new Restore();
    }

    private sealed class Restore : IDisposable
    {
        public void Dispose() => Current.Value = null;
    }

    private sealed class Routed(TextWriter real, Func<TextWriter?> captured) : TextWriter
    {
        private TextWriter Target => captured() ?? real;
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) => Target.Write(value);
        public override void Write(string? value) => Target.Write(value);
        public override void Write(char[] buffer, int index, int count) => Target.Write(buffer, index, count);
        public override void WriteLine(string? value) => Target.WriteLine(value);
        public override void Flush() => Target.Flush();
    }
}
