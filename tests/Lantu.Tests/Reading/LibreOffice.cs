using System.Diagnostics;

namespace Lantu.Tests.Reading;

/// <summary>Converts documents with the real LibreOffice (installed by .ci/run): a PDF made the way offices make them.</summary>
public static class LibreOffice
{
    public static string ConvertToPdf(string inputPath, string outDir) => Convert(inputPath, outDir, "pdf");

    /// <summary>Converts to another format LibreOffice writes (pdf, doc, docx …) and returns the new file's path.</summary>
    public static string Convert(string inputPath, string outDir, string format)
    {
        var psi = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation=file://{outDir}/lo-profile", "--convert-to", format, "--outdir", outDir, inputPath })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("soffice did not start (is LibreOffice installed? .ci/run installs it)");
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(180_000)) { p.Kill(true); throw new TimeoutException("LibreOffice conversion timed out"); }
        var pdf = Path.Combine(outDir, Path.GetFileNameWithoutExtension(inputPath) + "." + format);
        if (p.ExitCode != 0 || !File.Exists(pdf)) throw new InvalidOperationException($"LibreOffice failed ({p.ExitCode}): {stderr.Result}");
        return pdf;
    }
}
