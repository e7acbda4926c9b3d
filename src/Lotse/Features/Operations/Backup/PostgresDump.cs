using System.Diagnostics;
using Npgsql;

namespace Lotse.Features.Operations.Backup;

/// <summary>
/// pg_dump and pg_restore in PostgreSQL's custom format. The restore runs in a single transaction: it replaces the
/// whole schema or, on any error, nothing. The tools come from <c>Lotse:Backup:PostgresBinDirectory</c>,
/// Debian's /usr/lib/postgresql/&lt;version&gt;/bin (newest first) or the PATH.
/// </summary>
public sealed class PostgresDump(string connectionString, string? configuredBinDirectory)
{
    public async Task DumpAsync(string targetFile, CancellationToken cancellationToken) =>
        await RunAsync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", targetFile], cancellationToken);

    public async Task RestoreAsync(string dumpFile, CancellationToken cancellationToken) =>
        await RunAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", dumpFile], cancellationToken);

    private async Task RunAsync(string tool, string[] arguments, CancellationToken cancellationToken)
    {
        var program = Find(tool) ?? throw new BackupException(
            $"Das Programm {tool} wurde nicht gefunden. Installieren Sie die PostgreSQL-Client-Programme oder nennen Sie ihren Ordner in Lotse:Backup:PostgresBinDirectory.");
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Connection values as arguments and the password in the environment: never on a command line that others can read.
        foreach (var argument in new[] { "--host", connection.Host ?? "localhost", "--port", connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", connection.Username ?? "postgres", "--dbname", connection.Database ?? "" })
            start.ArgumentList.Add(argument);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        if (!string.IsNullOrEmpty(connection.Password))
            start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGCONNECT_TIMEOUT"] = "10";

        using var process = Process.Start(start) ?? throw new BackupException($"{tool} konnte nicht gestartet werden.");
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new BackupException($"{tool} ist mit Code {process.ExitCode} gescheitert: {(await error).Trim()} {(await output).Trim()}".Trim());
    }

    private string? Find(string tool)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(configuredBinDirectory))
            candidates.Add(configuredBinDirectory);
        // Debian's versioned folders before the PATH, whose pg_dump is a wrapper that may pick another version.
        if (System.IO.Directory.Exists("/usr/lib/postgresql"))
            candidates.AddRange(System.IO.Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                .Select(d => Path.Combine(d, "bin")));
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates.Select(folder => Path.Combine(folder, tool)).FirstOrDefault(File.Exists);
    }
}

/// <summary>A backup or restore that cannot be done; the message is German and says what to do.</summary>
public sealed class BackupException(string message) : Exception(message);
