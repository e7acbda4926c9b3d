using System.Diagnostics;
using System.Globalization;

namespace Lotse.Bench.Measure;

/// <summary>Runs wrk against a loopback URL with the query-mix script and reads its result line.</summary>
internal static class Wrk
{
    public static bool IsInstalled() => File.Exists("/usr/bin/wrk") || File.Exists("/usr/local/bin/wrk");

    public static async Task<LatencyStats> RunAsync(Uri baseAddress, IEnumerable<string> paths, int connections, TimeSpan duration)
    {
        if (!baseAddress.IsLoopback)
            throw new ArgumentException("Load goes to loopback addresses only.", nameof(baseAddress));
        var script = Path.Combine(AppContext.BaseDirectory, "search-mix.lua");
        var threads = Math.Min(connections, Environment.ProcessorCount);
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
                     "-d", $"{(int)duration.TotalSeconds}s", "--timeout", "5s", "-s", script, baseAddress.ToString().TrimEnd('/'),
                 })
            start.ArgumentList.Add(argument);
        start.Environment["PATHS"] = string.Join('\n', paths);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith("WRK-RESULT", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk gave no result: {await output} {await error}");

        var values = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(part => part.Split('='))
            .ToDictionary(kv => kv[0], kv => long.Parse(kv[1], CultureInfo.InvariantCulture));
        var seconds = values["duration_us"] / 1_000_000.0;
        var errors = values["connect"] + values["read"] + values["write"] + values["status"] + values["timeout"];
        return new LatencyStats((int)values["requests"], values["p50_us"] / 1000.0, values["p95_us"] / 1000.0, values["p99_us"] / 1000.0,
            values["max_us"] / 1000.0, values["requests"] / seconds, (int)errors);
    }
}
