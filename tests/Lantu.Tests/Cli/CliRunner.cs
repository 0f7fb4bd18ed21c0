using System.Diagnostics;
using Lantu.Cli;

namespace Lantu.Tests.Cli;

/// <summary>
/// Runs the `lantu` command. <see cref="Lantu"/> calls the CLI's entry (<see cref="LantuCli.Run"/>) in this process
/// with its standard output and error captured; <see cref="Process"/> starts the built lantu.dll as a separate
/// process, for what only a real process shows (exit codes, the console's encoding).
/// </summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    // The command tree shares option objects between runs, so one in-process run at a time.
    private static readonly Lock OneAtATime = new();

    public static Run Lantu(string db, params string[] args)
    {
        string[] all = [.. args, "--db", db];
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        lock (OneAtATime)
        {
            using (ConsoleCapture.To(stdout, stderr))
            {
                int exitCode;
                try { exitCode = LantuCli.Run(all); }
                catch (Exception e)
                {
                    // What the runtime does with an unhandled exception: the exception on stderr, a failing exit code.
                    stderr.WriteLine($"Unhandled exception. {e}");
                    exitCode = 134;
                }
                return new Run(exitCode, stdout.ToString(), stderr.ToString());
            }
        }
    }

    public static Run Process(string db, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "lantu.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.ArgumentList.Add("--db");
        psi.ArgumentList.Add(db);
        psi.Environment["LANTU_DB"] = "";
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("lantu did not finish"); }
        return new Run(p.ExitCode, stdout.Result, stderr.Result);
    }
}
