using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Lotse.Bench.Measure;

/// <summary>
/// The ceiling: plain Kestrel answering every GET of /api/v1/search with the same bytes, a real
/// search answer captured earlier in the run. Whatever the app adds on top costs throughput.
/// </summary>
internal sealed class ConstantJsonServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public Uri BaseAddress { get; }

    private ConstantJsonServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public static async Task<ConstantJsonServer> StartAsync(byte[] body)
    {
        var port = AppProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/api/v1/search", () => Results.Bytes(body, "application/json; charset=utf-8"));
        await app.StartAsync();
        return new ConstantJsonServer(app, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
