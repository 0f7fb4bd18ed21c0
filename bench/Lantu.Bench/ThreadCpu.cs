using System.Runtime.InteropServices;

namespace Lantu.Bench;

/// <summary>CPU time of the calling thread (Linux getrusage RUSAGE_THREAD, microseconds): on a shared machine a stage's
/// CPU time moves far less with the load than its wall-clock time. NaN elsewhere.</summary>
internal static partial class ThreadCpu
{
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeVal { public long Seconds, Microseconds; }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public TimeVal User, System;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVCsw, NIvCsw;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRUsage(int who, out RUsage usage);

    private const int RUsageThread = 1;

    /// <summary>User + system CPU time of this thread so far, in milliseconds.</summary>
    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || GetRUsage(RUsageThread, out var u) != 0) return double.NaN;
        return (u.User.Seconds + u.System.Seconds) * 1000.0 + (u.User.Microseconds + u.System.Microseconds) / 1000.0;
    }
}
