using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Lotse.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's binaries (/usr/lib/postgresql/N/bin) in a temporary
/// folder on a free loopback port, stopped and removed on dispose. Shared by the
/// <see cref="PostgresCollection"/>; each app gets its own database (<see cref="CreateDatabase"/>).
/// Without binaries the tests are skipped, except under CI=true, where they fail.
/// </summary>
public sealed partial class PostgresServer : IDisposable
{
    private const string SuperUser = "postgres";
    private readonly string? _binDirectory;
    private readonly string? _root;
    private readonly string? _runAs;

    /// <summary>Why there is no server, or null when it runs.</summary>
    public string? UnavailableReason { get; }

    public int Port { get; private set; }

    public PostgresServer()
    {
        _binDirectory = FindBinDirectory();
        if (_binDirectory is null)
        {
            UnavailableReason = "no PostgreSQL binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or LOTSE_POSTGRES_BIN; install them with: apt-get install -y postgresql";
            return;
        }
        // initdb and postgres refuse to run as root.
        if (Environment.UserName == "root")
            _runAs = SuperUser;

        _root = Path.Combine("/tmp", "lotse-pg-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(_root);
        try
        {
            if (_runAs is not null)
                Run("chown", [$"{_runAs}:", _root], asUser: null);
            Run(Path.Combine(_binDirectory, "initdb"),
                ["-D", DataDirectory, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"], _runAs);
            File.AppendAllLines(Path.Combine(DataDirectory, "postgresql.conf"),
            [
                "listen_addresses = '127.0.0.1'",
                $"unix_socket_directories = '{_root}'",
                "max_connections = 300",
                // A throwaway cluster: speed over durability.
                "fsync = off",
                "synchronous_commit = off",
                "full_page_writes = off",
            ]);
            Start();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private string DataDirectory => Path.Combine(_root!, "data");

    /// <summary>Skips the calling test when there is no PostgreSQL; under CI=true fails it instead.</summary>
    public void SkipIfUnavailable()
    {
        if (UnavailableReason is null)
            return;
        if (IsCi)
            throw new InvalidOperationException($"CI=true requires the PostgreSQL tests to run: {UnavailableReason}");
        Skip.If(true, $"PostgreSQL test skipped: {UnavailableReason}");
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = SuperUser, Database = database }.ConnectionString;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "lotse_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE \"{name}\"");
        return ConnectionString(name);
    }

    public void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using (var connection = new NpgsqlConnection(connectionString))
            NpgsqlConnection.ClearPool(connection);
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private void Start()
    {
        // Another process may take the free port before the server binds it: try a few.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreeLoopbackPort();
            try
            {
                Run(Path.Combine(_binDirectory!, "pg_ctl"),
                    ["start", "-D", DataDirectory, "-l", Path.Combine(_root!, "server.log"), "-w", "-t", "60", "-o", $"-p {Port}"], _runAs);
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
        }
    }

    public void Dispose()
    {
        if (_root is null)
            return;
        NpgsqlConnection.ClearAllPools();
        if (_binDirectory is not null && File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            try
            {
                Run(Path.Combine(_binDirectory, "pg_ctl"), ["stop", "-D", DataDirectory, "-m", "immediate", "-w"], _runAs);
            }
            catch (InvalidOperationException)
            {
                // Already gone; the folder is removed below either way.
            }
        }
        try
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>LOTSE_POSTGRES_BIN names another folder with initdb and pg_ctl, e.g. on a machine without Debian's packages.</summary>
    private static string? FindBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("LOTSE_POSTGRES_BIN");
        if (!string.IsNullOrEmpty(configured))
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        return FindDebianBinDirectory();
    }

    private static string? FindDebianBinDirectory() =>
        System.IO.Directory.Exists("/usr/lib/postgresql")
            ? System.IO.Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void Run(string program, string[] arguments, string? asUser)
    {
        var start = new ProcessStartInfo
        {
            FileName = asUser is null ? program : "runuser",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/tmp",
        };
        if (asUser is not null)
        {
            foreach (var part in new[] { "-u", asUser, "--", program })
                start.ArgumentList.Add(part);
        }
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish within 90 s.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}{output.Result}");
    }
}

/// <summary>Tests that use the one PostgreSQL cluster of the test run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
