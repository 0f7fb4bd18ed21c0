using System.Diagnostics;

namespace Lantu.Tests.Cli;

/// <summary>Runs the real `lantu` program (the built lantu.dll) as a separate process.</summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static Run Lantu(string db, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "lantu.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add("--db");
        psi.ArgumentList.Add(db);
        psi.Environment["LANTU_DB"] = "";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("lantu did not finish"); }
        return new Run(p.ExitCode, stdout.Result, stderr.Result);
    }
}
