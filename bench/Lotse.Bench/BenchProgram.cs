using System.Diagnostics;
using Lotse.Bench.Measure;
using Lotse.Bench.Postgres;
using Lotse.Bench.Report;

namespace Lotse.Bench;

/// <summary>
/// Entry point: for each size, generate (or reuse) the corpus, then measure build, start, HTTP
/// load, the constant-JSON ceiling, the in-process search and PostgreSQL FTS in one run, and write
/// bench/results/&lt;date&gt;-&lt;size&gt;.md.
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "soak")
            return await Soak.SoakProgram.RunAsync(args);
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(exception.Message);
            Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/Lotse.Bench -- --size 100000 | --sizes 10000,100000,1000000 [--fresh] [--skip-pg] [--skip-http]");
            Console.Error.WriteLine(Soak.SoakOptions.Usage);
            return 2;
        }

        var root = RepositoryRoot();
        var configuration = BuildConfiguration;
        var appDll = Path.Combine(root, "src", "Lotse", "bin", configuration, "net10.0", "Lotse.dll");
        if (!options.GenerateOnly && !options.SkipHttp && !File.Exists(appDll))
        {
            Console.Error.WriteLine($"The app is not built: {appDll} (dotnet run -c Release builds it with the bench).");
            return 2;
        }
        if (configuration != "Release")
            Console.Error.WriteLine("Warning: this is a Debug build; run with -c Release for figures that mean anything.");
        if (!options.SkipHttp && !options.GenerateOnly && !Wrk.IsInstalled())
        {
            Console.Error.WriteLine("wrk is missing: apt-get install -y wrk (or pass --skip-http).");
            return 2;
        }
        if (!options.SkipPostgres && !options.GenerateOnly && !PgCluster.IsInstalled())
        {
            Console.Error.WriteLine($"PostgreSQL binaries are missing in {PgCluster.BinDirectory}: apt-get install -y postgresql (or pass --skip-pg).");
            return 2;
        }

        var dataRoot = Path.GetFullPath(options.DataRoot ?? Path.Combine(root, "bench", "data"));
        var resultsDirectory = Path.Combine(root, "bench", "results");
        Directory.CreateDirectory(resultsDirectory);
        var command = "dotnet run -c Release --project bench/Lotse.Bench -- " + string.Join(' ', args);
        var commit = Git(root, "rev-parse --short HEAD");

        foreach (var size in options.Sizes)
        {
            if (options.ProfileIterations > 0)
            {
                var sizeDirectory = Path.Combine(dataRoot, size.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await Corpus.SqliteCorpusWriter.EnsureAsync(sizeDirectory, size, options.Seed, options.Fresh);
                await Profile.PhaseProfiler.RunAsync(sizeDirectory, Path.Combine(root, "src", "Lotse"), options.ProfileIterations);
                continue;
            }
            var startedAt = DateTime.UtcNow;
            var total = Stopwatch.StartNew();
            var runner = new SizeRunner(options, size, Path.Combine(dataRoot, size.ToString(System.Globalization.CultureInfo.InvariantCulture)), appDll);
            var result = await runner.RunAsync();
            if (options.GenerateOnly)
                continue;
            result.Notes.Add($"Whole run at this size took {total.Elapsed.TotalSeconds:0} s.");
            var markdown = MarkdownReport.Render(result, command, commit, startedAt);
            var file = Path.Combine(resultsDirectory, $"{startedAt:yyyy-MM-dd}-{size}.md");
            await File.WriteAllTextAsync(file, markdown);
            Console.WriteLine();
            Console.WriteLine(MarkdownReport.Summary(result));
            Console.WriteLine($"Written: {file}");
        }
        return 0;
    }

#if DEBUG
    internal const string BuildConfiguration = "Debug";
#else
    internal const string BuildConfiguration = "Release";
#endif

    internal static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Lotse.slnx")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the bench from inside the Lotse repository (Lotse.slnx not found).");
    }

    internal static string Git(string root, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", $"-C \"{root}\" {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
