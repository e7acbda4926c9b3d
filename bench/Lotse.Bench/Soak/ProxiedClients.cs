using System.Net;

namespace Lotse.Bench.Soak;

/// <summary>
/// HTTP clients that talk to the app the way its reverse proxy does in production: plain http on
/// loopback with <c>X-Forwarded-Proto: https</c>, so the app sets its Secure cookies and HSTS as it
/// would on the internet. One connection pool is shared; each account keeps its own cookies.
/// </summary>
internal sealed class ProxiedClients(Uri baseAddress, TimeSpan timeout) : IDisposable
{
    private readonly SocketsHttpHandler _pool = new()
    {
        // Open loop: a slow answer must never hold back the next scheduled request.
        MaxConnectionsPerServer = 4096,
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        // Idle connections close soon, so that the app's open files can be counted "at rest" between phases.
        PooledConnectionIdleTimeout = IdleTimeout,
    };

    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(2);

    /// <summary>A client without cookies, for the public pages.</summary>
    public HttpClient Anonymous() => Create(new CookieContainer(), "203.0.113.1");

    /// <summary>A client with a cookie jar of its own and its own client address, for one signed-in account.</summary>
    public HttpClient Account(int number) => Create(new CookieContainer(), $"203.0.113.{10 + number}");

    private HttpClient Create(CookieContainer jar, string clientAddress) =>
        new(new CookieJarHandler(jar, clientAddress) { InnerHandler = _pool }, disposeHandler: false)
        {
            BaseAddress = baseAddress,
            Timeout = timeout,
        };

    public void Dispose() => _pool.Dispose();

    /// <summary>
    /// Keeps cookies as a browser on https would: the app's cookies are Secure, which a
    /// <see cref="CookieContainer"/> would never send over the plain-http hop, so they are stored and
    /// looked up under the https address the app believes it serves.
    /// </summary>
    private sealed class CookieJarHandler(CookieContainer jar, string clientAddress) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var secureUri = new UriBuilder(request.RequestUri!) { Scheme = "https", Port = 443 }.Uri;
            var cookies = jar.GetCookieHeader(secureUri);
            if (cookies.Length > 0)
                request.Headers.Add("Cookie", cookies);
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", clientAddress);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
                foreach (var setCookie in setCookies)
                    jar.SetCookies(secureUri, setCookie);
            return response;
        }
    }
}
