using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Lotse.Features.Operations;

/// <summary>
/// A county runs Lotse behind its reverse proxy (which also guards /intern/). The client's address and
/// scheme then arrive in X-Forwarded-For / X-Forwarded-Proto; they are trusted only from the proxies named
/// in <c>Lotse:ReverseProxy:KnownProxies</c> (plus loopback), so that nobody else can fake an address and
/// slip past the per-address rate limits, and so that HTTPS redirects, HSTS and Secure cookies see https.
/// </summary>
public static class ReverseProxy
{
    public const string Section = "Lotse:ReverseProxy";

    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            foreach (var proxy in proxies)
            {
                if (!IPAddress.TryParse(proxy, out var address))
                    throw new InvalidOperationException($"{Section}:KnownProxies enthält keine gültige IP-Adresse: '{proxy}'.");
                options.KnownProxies.Add(address);
            }
        });
        return services;
    }
}
