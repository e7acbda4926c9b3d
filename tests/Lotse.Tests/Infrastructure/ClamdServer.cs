using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Lotse.Features.Operations.Uploads;

namespace Lotse.Tests.Infrastructure;

/// <summary>
/// A throwaway clamd (Debian's clamav-daemon: /usr/sbin/clamd, or LOTSE_CLAMD) on a free loopback port and a Unix
/// socket in a temporary folder, with its OWN one-signature database: the EICAR test string, so no freshclam and no
/// network are needed. Killed and removed on dispose. Shared by the <see cref="ClamdCollection"/>.
/// Without clamd the tests are skipped, except under CI=true, where they fail.
/// The Debian package's own service is never started here (in a container its post-install start is refused by
/// policy-rc.d, and there is no systemd); this fixture runs clamd in the foreground as a child process.
/// </summary>
public sealed class ClamdServer : IDisposable
{
    /// <summary>The name the test database gives the EICAR string; clamd reports it with ".UNOFFICIAL" appended.</summary>
    public const string EicarSignature = "Lotse.Test.EICAR";

    /// <summary>clamd's StreamMaxLength here: small, so that a test can exceed it with little data.</summary>
    public const int StreamMaxBytes = 1024 * 1024;

    private readonly string? _root;
    private Process? _process;

    /// <summary>Why there is no clamd, or null when it runs.</summary>
    public string? UnavailableReason { get; }

    public int Port { get; private set; }

    public string SocketPath => Path.Combine(_root!, "clamd.sock");

    /// <summary>The setting value for Lotse:Uploads:VirusScanner.</summary>
    public string Address => $"127.0.0.1:{Port}";

    /// <summary>
    /// The EICAR anti-virus test file (harmless by design, detected by every scanner). Built from two parts so that
    /// the repository itself holds no copy for a developer's own virus scanner to quarantine.
    /// </summary>
    public static byte[] Eicar => Encoding.ASCII.GetBytes(@"X5O!P%@AP[4\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");

    public ClamdServer()
    {
        var program = Environment.GetEnvironmentVariable("LOTSE_CLAMD") is { Length: > 0 } configured ? configured : "/usr/sbin/clamd";
        if (!File.Exists(program))
        {
            UnavailableReason = $"no clamd at {program}; install it with: apt-get install -y clamav-daemon (no signature download needed)";
            return;
        }
        _root = Path.Combine("/tmp", "lotse-clamd-" + Guid.NewGuid().ToString("N"));
        var database = Path.Combine(_root, "db");
        System.IO.Directory.CreateDirectory(database);
        // An extended (.ndb) signature: the EICAR bytes anywhere in any file, so it is found inside a CSV and across chunks.
        File.WriteAllText(Path.Combine(database, "lotse-test.ndb"), $"{EicarSignature}:0:*:{Convert.ToHexStringLower(Eicar)}\n");
        try
        {
            Start(program);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public static bool IsCi => PostgresServer.IsCi;

    /// <summary>Skips the calling test when there is no clamd; under CI=true fails it instead.</summary>
    public void SkipIfUnavailable()
    {
        if (UnavailableReason is null)
            return;
        if (IsCi)
            throw new InvalidOperationException($"CI=true requires the virus-scanner tests to run: {UnavailableReason}");
        Skip.If(true, $"clamd test skipped: {UnavailableReason}");
    }

    public ClamdClient Client(TimeSpan? scanTimeout = null) =>
        new(new ClamdAddress("127.0.0.1", Port, null), TimeSpan.FromSeconds(3), scanTimeout ?? TimeSpan.FromSeconds(30));

    private void Start(string program)
    {
        // Another process may take the free port before clamd binds it: try a few.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreeLoopbackPort();
            var config = Path.Combine(_root!, "clamd.conf");
            File.WriteAllLines(config,
            [
                $"DatabaseDirectory {Path.Combine(_root!, "db")}",
                "TCPAddr 127.0.0.1",
                $"TCPSocket {Port}",
                $"LocalSocket {SocketPath}",
                "FixStaleSocket yes",
                "Foreground yes",
                $"LogFile {Path.Combine(_root!, "clamd.log")}",
                $"PidFile {Path.Combine(_root!, "clamd.pid")}",
                $"StreamMaxLength {StreamMaxBytes / 1024}K",
                // The database never changes during a test run.
                "SelfCheck 0",
            ]);
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _root };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(config);
            _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
            var output = new StringBuilder();
            _process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
            _process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            if (WaitUntilAnswering(TimeSpan.FromSeconds(60)))
                return;
            Stop();
            if (attempt >= 3)
            {
                lock (output)
                    throw new InvalidOperationException($"clamd did not answer PING within 60 s:\n{output}");
            }
        }
    }

    private bool WaitUntilAnswering(TimeSpan limit)
    {
        var client = Client();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit && !_process!.HasExited)
        {
            if (client.PingAsync(CancellationToken.None).GetAwaiter().GetResult())
                return true;
            Thread.Sleep(100);
        }
        return false;
    }

    private void Stop()
    {
        if (_process is null)
            return;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Stop();
        if (_root is null)
            return;
        try
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A loopback port nothing listens on (right now).</summary>
    public static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>Tests that use the one clamd of the test run.</summary>
[CollectionDefinition(Name)]
public sealed class ClamdCollection : ICollectionFixture<ClamdServer>
{
    public const string Name = "clamd";
}
