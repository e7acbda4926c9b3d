using System.Diagnostics;
using Lotse.Bench.Measure;

namespace Lotse.Bench.Soak;

/// <summary>One reading of the app process: resident memory (VmRSS), open file descriptors (of them sockets), threads and CPU time used so far.</summary>
internal sealed record ProcessSample(TimeSpan At, long RssBytes, int OpenFiles, int Sockets, int Threads, double CpuSeconds)
{
    // USER_HZ of /proc/<pid>/stat: 100 on every Linux this runs on.
    private const double ClockTicksPerSecond = 100;

    public static ProcessSample Read(int pid, TimeSpan at)
    {
        var descriptors = Directory.GetFileSystemEntries($"/proc/{pid}/fd");
        var sockets = descriptors.Count(d => Target(d)?.StartsWith("socket:", StringComparison.Ordinal) == true);
        return new ProcessSample(at, AppProcess.ReadStatusKilobytes(pid, "VmRSS:") * 1024, descriptors.Length, sockets,
            (int)AppProcess.ReadStatusKilobytes(pid, "Threads:"), ReadCpuSeconds(pid));
    }

    // Fields 14 and 15 (utime, stime), counted after the command name, which may hold spaces.
    private static double ReadCpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture)
            + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / ClockTicksPerSecond;
    }

    /// <summary>What the open descriptors point to, counted per target (socket and pipe numbers left out), to name what grew.</summary>
    public static Dictionary<string, int> Targets(int pid) =>
        Directory.GetFileSystemEntries($"/proc/{pid}/fd").Select(Target).OfType<string>()
            .Select(t => System.Text.RegularExpressions.Regex.Replace(t, @"^(socket|pipe|anon_inode):\[?\d*\]?.*$", "$1"))
            .GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());

    // A descriptor can close between listing and reading it.
    private static string? Target(string descriptor)
    {
        try
        {
            return new FileInfo(descriptor).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>Reads the app process every few seconds while the schedule runs.</summary>
internal sealed class ProcessSampler(int pid, TimeSpan interval)
{
    private readonly List<ProcessSample> _samples = [];

    public IReadOnlyList<ProcessSample> Samples => _samples;

    /// <summary>Samples from now until the token is cancelled, then once more at the end.</summary>
    public async Task RunAsync(Stopwatch clock, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        _samples.Add(ProcessSample.Read(pid, clock.Elapsed));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
                _samples.Add(ProcessSample.Read(pid, clock.Elapsed));
        }
        catch (OperationCanceledException)
        {
        }
        _samples.Add(ProcessSample.Read(pid, clock.Elapsed));
    }
}
