using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Faults.Kill;

/// <summary>
/// <c>dotnet Lotse.dll …</c> as a process of its own that can be killed with SIGKILL at any moment, as a power cut or the
/// kernel's OOM killer would: no shutdown code runs. (On Linux <see cref="Process.Kill()"/> sends SIGKILL; the app runs
/// inside the <c>dotnet</c> host process, so that is the process killed.)
/// </summary>
internal sealed class KillableLotse : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private KillableLotse(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;
    public TimeSpan Elapsed => _clock.Elapsed;
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static KillableLotse Start(IReadOnlyDictionary<string, string> settings, params string[] args)
    {
        var start = LotseProcess.StartInfo(settings, args);
        // Nothing watches appsettings.json: a kill test starts many processes, and each watcher costs an inotify instance.
        start.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        process.StandardInput.Close();
        return new KillableLotse(process);
    }

    /// <summary>SIGKILL, then wait until the kernel has reaped the process (its file locks are gone then).</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                _process.Kill(entireProcessTree: false);
            }
            catch (InvalidOperationException)
            {
                // exited in between
            }
        }
        await _process.WaitForExitAsync();
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            if (_output.Length < 200_000)
                _output.AppendLine(line);
        }
    }
}
