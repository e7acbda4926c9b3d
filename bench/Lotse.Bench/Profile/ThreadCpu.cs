using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Lotse.Bench.Profile;

/// <summary>
/// The calling thread's CPU time in Stopwatch ticks (Linux): unlike wall time it does not grow
/// while other processes of a busy machine hold the cores.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static long Ticks()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTime, out var time) != 0)
            return Stopwatch.GetTimestamp();
        return (time.Seconds * 1_000_000_000L + time.Nanoseconds) * Stopwatch.Frequency / 1_000_000_000L;
    }
}
