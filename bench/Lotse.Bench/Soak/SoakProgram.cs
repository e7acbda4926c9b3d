using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using Lotse.Bench.Measure;

namespace Lotse.Bench.Soak;

/// <summary>
/// <c>soak</c>: the app as its own process on a fresh demo database, editors signed in, then a fixed-rate
/// schedule of public reads and editorial saves while the process's memory, files and threads are sampled.
/// Writes bench/results/&lt;date&gt;-soak.md; exit code 1 when there were errors, memory grew or files leaked.
/// </summary>
internal static class SoakProgram
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string[] args)
    {
        SoakOptions options;
        try
        {
            options = SoakOptions.Parse(args[1..]);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(exception.Message);
            Console.Error.WriteLine(SoakOptions.Usage);
            return 2;
        }
        var root = BenchProgram.RepositoryRoot();
        var appDll = Path.Combine(root, "src", "Lotse", "bin", BenchProgram.BuildConfiguration, "net10.0", "Lotse.dll");
        if (!File.Exists(appDll))
        {
            Console.Error.WriteLine($"The app is not built: {appDll} (dotnet run -c Release builds it with the bench).");
            return 2;
        }
#if DEBUG
        Console.Error.WriteLine("Warning: this is a Debug build; run with -c Release for figures that mean anything.");
#endif

        var startedAt = DateTime.UtcNow;
        var dataDirectory = Path.GetFullPath(options.DataDirectory ?? Path.Combine(root, "bench", "data", "soak"));
        Log($"fresh data folder with demo data and {options.Accounts} editor accounts: {dataDirectory}");
        var data = await SoakSeed.CreateAsync(dataDirectory, Path.Combine(root, "src", "Lotse"), options.Accounts);
        Log($"  {data.PublishedOffers.Count} published offers");

        var logFile = Path.Combine(dataDirectory, "..", "soak-app.log");
        File.Delete(logFile);
        await using var app = AppProcess.Start(appDll, dataDirectory, logFile);
        await app.WaitForOkAsync("/de/suche?q=Beratung", Stopwatch.StartNew(), TimeSpan.FromMinutes(2));
        Log($"app process {app.Pid} answers on {app.BaseAddress} (log: {Path.GetFullPath(logFile)})");

        using var clients = new ProxiedClients(app.BaseAddress, TimeSpan.FromSeconds(options.TimeoutSeconds));
        var reader = clients.Anonymous();
        var mix = new ReadMix(data, options.Seed);
        var editors = data.Accounts.Select((a, i) => new EditorSession(clients.Account(i + 1), a, i + 1)).ToList();
        foreach (var editor in editors)
            await editor.SignInAsync();
        Log($"signed in: {string.Join(", ", editors.Select(e => e.Email))}");

        // JIT and caches: every page kind once per culture-ish, one save per editor; must not fail.
        var offers = new Random(options.Seed + 1);
        for (var i = 0; i < 200; i++)
            Require(await ReadAsync(reader, mix.Next()));
        foreach (var editor in editors)
            Require(await editor.SaveAsync(data.PublishedOffers[offers.Next(data.PublishedOffers.Count)]));
        var atRestBefore = await AtRestAsync(app.Pid);
        var targetsBefore = ProcessSample.Targets(app.Pid);
        Log($"warmed up; at rest: RSS {atRestBefore.RssBytes / 1e6:0} MB, {atRestBefore.OpenFiles} fds, {atRestBefore.Threads} threads");

        var count = (int)Math.Round(options.Duration.TotalSeconds * options.Rate);
        var kinds = new Random(options.Seed + 2);
        var kindOf = Enumerable.Range(0, count).Select(_ => kinds.NextDouble() < options.SaveShare ? OperationKind.Save : OperationKind.Read).ToArray();
        var saveNumber = 0;
        var errors = 0;
        async Task<Outcome> Operation(int index, OperationKind kind)
        {
            Outcome outcome;
            if (kind == OperationKind.Read)
            {
                outcome = await ReadAsync(reader, mix.Next());
            }
            else
            {
                var editor = editors[Interlocked.Increment(ref saveNumber) % editors.Count];
                Guid offer;
                lock (offers)
                    offer = data.PublishedOffers[offers.Next(data.PublishedOffers.Count)];
                outcome = await editor.SaveAsync(offer);
            }
            if (outcome.Kind == OutcomeKind.Error && Interlocked.Increment(ref errors) <= 5)
                Console.Error.WriteLine($"  error: {outcome.Detail}");
            return outcome;
        }

        Log($"schedule: {count} operations over {options.Duration.TotalSeconds:0} s at {options.Rate:0.#}/s, warm-up window {options.Warmup.TotalSeconds:0} s");
        var clock = Stopwatch.StartNew();
        var sampler = new ProcessSampler(app.Pid, SampleInterval);
        using var stopSampling = new CancellationTokenSource();
        var sampling = sampler.RunAsync(clock, stopSampling.Token);
        var everyTenSeconds = (int)Math.Max(1, options.Rate * 10);
        var records = await OpenLoopSchedule.RunAsync(count, options.Rate, i => kindOf[i], Operation, clock, i =>
        {
            if (i > 0 && i % everyTenSeconds == 0)
                Log($"  {clock.Elapsed.TotalSeconds,4:0} s: {i} sent, {Volatile.Read(ref errors)} errors, RSS {sampler.Samples[^1].RssBytes / 1e6:0} MB, {sampler.Samples[^1].OpenFiles} fds");
        });
        var wall = clock.Elapsed;
        await stopSampling.CancelAsync();
        await sampling;
        var atRestAfter = await AtRestAsync(app.Pid);
        var targetsAfter = ProcessSample.Targets(app.Pid);
        var fdChanges = targetsBefore.Keys.Union(targetsAfter.Keys)
            .Select(t => (Target: t, Before: targetsBefore.GetValueOrDefault(t), After: targetsAfter.GetValueOrDefault(t)))
            .Where(c => c.Before != c.After).OrderByDescending(c => Math.Abs(c.After - c.Before)).ToList();

        var result = new SoakResult
        {
            Options = options,
            Records = records,
            Samples = sampler.Samples,
            AtRestBefore = atRestBefore,
            AtRestAfter = atRestAfter,
            FdChanges = fdChanges,
            Wall = wall,
            PublishedOffers = data.PublishedOffers.Count,
            Machine = Machine(),
        };
        var resultsDirectory = Path.Combine(root, "bench", "results");
        Directory.CreateDirectory(resultsDirectory);
        var file = Path.Combine(resultsDirectory, $"{startedAt:yyyy-MM-dd}-soak.md");
        var command = "dotnet run -c Release --project bench/Lotse.Bench -- " + string.Join(' ', args);
        await File.WriteAllTextAsync(file, SoakReport.Render(result, command, BenchProgram.Git(root, "rev-parse --short HEAD"), startedAt));
        Console.WriteLine();
        Console.WriteLine(SoakReport.Summary(result));
        Console.WriteLine($"Written: {file}");
        return result.Failures.Count == 0 ? 0 : 1;
    }

    private static async Task<Outcome> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        await response.Content.CopyToAsync(Stream.Null);
        return response.StatusCode == HttpStatusCode.OK ? Outcome.Ok() : Outcome.Error($"GET {path}: {(int)response.StatusCode}");
    }

    private static void Require(Outcome outcome)
    {
        if (outcome.Kind == OutcomeKind.Error)
            throw new InvalidOperationException("Warm-up failed: " + outcome.Detail);
    }

    /// <summary>The app process once the client's idle connections have closed and the app has seen them go.</summary>
    private static async Task<ProcessSample> AtRestAsync(int pid)
    {
        await Task.Delay(ProxiedClients.IdleTimeout * 3);
        return ProcessSample.Read(pid, TimeSpan.Zero);
    }

    private static string Machine()
    {
        static string? First(string file, string prefix) =>
            File.Exists(file) ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() : null;
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
        return $"{First("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, " +
            $"{First("/proc/meminfo", "MemTotal")} RAM, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}; " +
            $"load average at the end {load} (the bench client runs on the same machine)";
    }

    private static void Log(string message) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}
