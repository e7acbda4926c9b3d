using System.Diagnostics;
using Lotse.Bench.Measure;

namespace Lotse.Bench.Soak;

/// <summary>One reading of the app process: resident memory (VmRSS), open file descriptors (of them sockets) and threads.</summary>
internal sealed record ProcessSample(TimeSpan At, long RssBytes, int OpenFiles, int Sockets, int Threads)
{
    public static ProcessSample Read(int pid, TimeSpan at)
    {
        var descriptors = Directory.GetFileSystemEntries($"/proc/{pid}/fd");
        var sockets = descriptors.Count(d => Target(d)?.StartsWith("socket:", StringComparison.Ordinal) == true);
        return new ProcessSample(at, AppProcess.ReadStatusKilobytes(pid, "VmRSS:") * 1024, descriptors.Length, sockets,
            (int)AppProcess.ReadStatusKilobytes(pid, "Threads:"));
    }

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
