using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Lotse.Bench.Measure;

/// <summary>
/// The real app as a separate process (<c>dotnet Lotse.dll --urls http://127.0.0.1:port</c>) on a
/// data folder, with its output in a log file. Stopped with SIGTERM so the host shuts down cleanly.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");
    public int Pid => _process.Id;

    private AppProcess(Process process, StreamWriter log, int port)
    {
        _process = process;
        _log = log;
        Port = port;
    }

    public static AppProcess Start(string appDll, string dataDirectory, string logFile)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.ArgumentList.Add($"--Lotse:DataDirectory={dataDirectory}");
        start.ArgumentList.Add("--Lotse:DemoData=false");
        // The load test is one client: the API's per-client limit would measure itself.
        start.ArgumentList.Add("--Lotse:Api:RequestsPerMinute=0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";

        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process, log, port);
    }

    /// <summary>Polls a URL until it answers 200; returns the time since <paramref name="since"/>.</summary>
    public async Task<TimeSpan> WaitForOkAsync(string path, Stopwatch since, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout };
        while (since.Elapsed < timeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The app exited with code {_process.ExitCode} before answering; see its log.");
            try
            {
                using var response = await client.GetAsync(path);
                if (response.StatusCode == HttpStatusCode.OK)
                    return since.Elapsed;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (since.Elapsed < timeout)
            {
                // A request that waited for the index and gave up: ask again.
            }
            await Task.Delay(10);
        }
        throw new TimeoutException($"No 200 from {path} within {timeout.TotalSeconds:0} s.");
    }

    /// <summary>Peak resident set size of the process so far (VmHWM), in bytes.</summary>
    public long PeakRssBytes() => ReadStatusKilobytes(_process.Id, "VmHWM:") * 1024;

    internal static long ReadStatusKilobytes(int pid, string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
                return long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        return 0;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, 15);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
        lock (_log)
            _log.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
