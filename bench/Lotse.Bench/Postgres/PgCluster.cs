using System.Diagnostics;
using System.Globalization;
using Lotse.Bench.Measure;

namespace Lotse.Bench.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's binaries on a free loopback port, run as the
/// <c>postgres</c> user when the bench runs as root (initdb refuses root), removed on dispose.
/// Settings are those a DBA would give a read-mostly search box of this size; durability is off
/// because nothing here needs to survive.
/// </summary>
internal sealed class PgCluster : IAsyncDisposable
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private readonly string _root;
    private string DataDirectory => Path.Combine(_root, "data");

    public int Port { get; }
    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Max Auto Prepare=64;Auto Prepare Min Usages=2;Command Timeout=600;Maximum Pool Size=8;Options=-c pg_trgm.similarity_threshold=0.2";

    private PgCluster(string root, int port)
    {
        _root = root;
        Port = port;
    }

    public static bool IsInstalled() => File.Exists(Path.Combine(BinDirectory, "initdb"));

    public static async Task<PgCluster> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "lotse-bench-pg-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(root);
        var cluster = new PgCluster(root, AppProcess.FreePort());
        if (AsRoot)
            await Run("chown", "-R", "postgres:postgres", root);
        await cluster.RunPg("initdb", "-D", cluster.DataDirectory, "--auth=trust", "--username=postgres", "--encoding=UTF8",
            "--locale=C.UTF-8", "--no-sync");
        var options = string.Join(' ',
            $"-p {cluster.Port}", $"-k {root}", "-c listen_addresses=127.0.0.1", "-c shared_buffers=1GB", "-c work_mem=64MB",
            "-c maintenance_work_mem=1GB", "-c effective_cache_size=8GB", "-c fsync=off", "-c synchronous_commit=off",
            "-c full_page_writes=off", "-c jit=off", "-c max_wal_size=4GB", "-c random_page_cost=1.1");
        await cluster.RunPg("pg_ctl", "-D", cluster.DataDirectory, "-l", Path.Combine(root, "server.log"), "-o", options, "-w", "-t", "60", "start");
        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunPg("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException exception)
        {
            Console.Error.WriteLine($"  pg_ctl stop: {exception.Message}");
        }
        System.IO.Directory.Delete(_root, recursive: true);
    }

    private static bool AsRoot => Environment.UserName == "root";

    private Task RunPg(string tool, params string[] arguments)
    {
        var executable = Path.Combine(BinDirectory, tool);
        return AsRoot ? Run("runuser", ["-u", "postgres", "--", executable, .. arguments]) : Run(executable, arguments);
    }

    private static async Task Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var errorText = await error;
        var outputText = await output;
        if (process.ExitCode != 0)
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(file)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {errorText} {outputText}"));
    }
}
