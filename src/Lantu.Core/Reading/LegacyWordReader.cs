using System.Diagnostics;
using Lantu.Core.Model;

namespace Lantu.Core.Reading;

/// <summary>
/// Word 97-2003 (.doc) and WPS files, still common among government documents, through LibreOffice when it is
/// installed: converted to .docx in a scratch directory and read like any .docx. Without LibreOffice the file
/// is refused with a message saying what to do. LANTU_SOFFICE may name the program.
/// </summary>
public static class LegacyWordReader
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static SourceDocument Read(byte[] bytes, string fileName)
    {
        var soffice = FindOffice() ?? throw new DocumentReadException(fileName,
            "这是旧版 Word 97-2003 (.doc) 或 WPS 文件；本机未安装 LibreOffice，无法转换，请另存为 .docx 后导入 " +
            "(legacy .doc needs LibreOffice to convert it; install libreoffice-writer or save the file as .docx)");
        var dir = Directory.CreateTempSubdirectory("lantu-doc-").FullName;
        try
        {
            var input = Path.Combine(dir, "input.doc");
            File.WriteAllBytes(input, bytes);
            var psi = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation=file://{dir}/profile", "--convert-to", "docx", "--outdir", dir, input })
                psi.ArgumentList.Add(a);
            using var p = Process.Start(psi) ?? throw new DocumentReadException(fileName, "无法启动 LibreOffice (soffice did not start)");
            var stderr = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(Timeout))
            {
                p.Kill(true);
                throw new DocumentReadException(fileName, "LibreOffice 转换超时 (conversion of the .doc timed out)");
            }
            var output = Path.Combine(dir, "input.docx");
            if (p.ExitCode != 0 || !File.Exists(output))
                throw new DocumentReadException(fileName,
                    $"无法将该文件转换为 .docx，可能不是 Word 文档或已损坏 (LibreOffice could not convert it: {(stdout + " " + stderr.Result).Trim()})");
            var docx = DocxReader.Read(File.ReadAllBytes(output), fileName);
            return new SourceDocument(fileName, "doc", "doc", docx.Lines);
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string? FindOffice()
    {
        if (Environment.GetEnvironmentVariable("LANTU_SOFFICE") is { Length: > 0 } configured) return File.Exists(configured) ? configured : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            foreach (var name in new[] { "soffice", "libreoffice" })
                if (dir.Length > 0 && File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        return null;
    }
}
