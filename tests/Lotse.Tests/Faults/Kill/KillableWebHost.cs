using System.Diagnostics;

namespace Lotse.Tests.Faults.Kill;

/// <summary>
/// The web host as a killable child process on a free loopback port, started and waited for until <c>/health</c>
/// answers. When it does not come up, the failure names the host's own output (start-up hangs after a kill are what
/// such a test has to explain).
/// </summary>
internal sealed class KillableWebHost : IDisposable
{
    public static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(3);

    private KillableWebHost(KillableLotse process, Uri address)
    {
        Process = process;
        Address = address;
    }

    public KillableLotse Process { get; }
    public Uri Address { get; }

    public static async Task<KillableWebHost> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var port = KillableLotse.FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var process = KillableLotse.Start(new Dictionary<string, string>(settings) { ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/') });
        var host = new KillableWebHost(process, address);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartPatience)
        {
            if (process.HasExited)
            {
                host.Dispose();
                Assert.Fail("the web host stopped: " + process.Output);
            }
            try
            {
                using var health = await http.GetAsync("/health");
                if (health.IsSuccessStatusCode)
                    return host;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // busy starting
            }
            await Task.Delay(250);
        }
        var output = process.Output;
        host.Dispose();
        Assert.Fail($"the web host did not become healthy within {StartPatience.TotalMinutes} minutes; its output:\n{output}");
        return host;
    }

    public Task KillAsync() => Process.KillAsync();

    public void Dispose() => Process.Dispose();
}
