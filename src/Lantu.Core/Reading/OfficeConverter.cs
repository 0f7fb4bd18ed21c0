using System.Diagnostics;

namespace Lantu.Core.Reading;

/// <summary>LibreOffice run headless to convert a file (.doc → .docx; reports → .pdf), in a profile of its own so
/// parallel conversions do not share one. LANTU_SOFFICE may name the program.</summary>
public static class OfficeConverter
{
    /// <summary>The soffice program, or null when LibreOffice is not installed.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("LANTU_SOFFICE") is { Length: > 0 } configured) return File.Exists(configured) ? configured : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            foreach (var name in new[] { "soffice", "libreoffice" })
                if (dir.Length > 0 && File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        return null;
    }

    /// <summary>Converts <paramref name="input"/> into <paramref name="outDir"/> and returns the new file's path.</summary>
    /// <exception cref="InvalidOperationException">LibreOffice is missing, timed out or wrote no file (its output in the message).</exception>
    public static string Convert(string input, string outDir, string format, TimeSpan timeout)
    {
        var soffice = Find() ?? throw new InvalidOperationException("LibreOffice (soffice) is not installed");
        var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation=file://{outDir}/lo-profile", "--convert-to", format, "--outdir", outDir, input })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("soffice did not start");
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(true);
            throw new TimeoutException("LibreOffice conversion timed out");
        }
        var output = Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + "." + format);
        if (p.ExitCode != 0 || !File.Exists(output))
            throw new InvalidOperationException($"LibreOffice wrote no {format} ({p.ExitCode}): {(stdout + " " + stderr.Result).Trim()}");
        return output;
    }
}
