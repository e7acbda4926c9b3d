using System.Net;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Operations;

/// <summary>
/// Behind the county's reverse proxy, X-Forwarded-Proto tells Lotse that the visitor used HTTPS (so HSTS
/// is sent); the header counts only when it comes from a known proxy, never from anyone on the internet.
/// </summary>
public sealed class ReverseProxyTests
{
    [Theory]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("203.0.113.9", null, false)]
    [InlineData("203.0.113.9", "203.0.113.9", true)]
    public async Task Forwarded_https_is_trusted_only_from_a_known_proxy(string peer, string? knownProxy, bool trusted)
    {
        using var factory = new PeerAppFactory(IPAddress.Parse(peer));
        if (knownProxy is not null)
            factory.Settings["Lotse:ReverseProxy:KnownProxies:0"] = knownProxy;
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        // HSTS is never sent for localhost, so the request names the county's public host.
        request.Headers.Host = "integration.rhein-sieg.example";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.7");

        var response = await client.SendAsync(request);

        Assert.Equal(trusted, response.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>The test server has no TCP peer; this sets one, as Kestrel would, before the app's pipeline.</summary>
    private sealed class PeerAppFactory(IPAddress peer) : LotseAppFactory(demoData: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new PeerFilter(peer)));
        }
    }

    private sealed class PeerFilter(IPAddress peer) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = peer;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
