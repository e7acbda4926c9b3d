using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.OpenData.Hsds;

/// <summary>The per-client limit on /api: configurable, 429 with Retry-After and a German problem, other clients unaffected.</summary>
public sealed class ApiRateLimitTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public ApiRateLimitTests()
    {
        _factory.Settings["Lotse:Api:RequestsPerMinute"] = "3";
        _factory.Settings["Lotse:ReverseProxy:KnownProxies:0"] = "127.0.0.1";
    }

    public void Dispose() => _factory.Dispose();

    private static HttpRequestMessage From(string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/hsds/taxonomies");
        request.Headers.Add("X-Forwarded-For", address);
        return request;
    }

    [Fact]
    public async Task After_the_configured_number_of_requests_a_client_gets_429_with_retry_after()
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.7"))).StatusCode);

        var refused = await client.SendAsync(From("203.0.113.7"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Zu viele Anfragen", problem.GetProperty("title").GetString());
        // Another client (as the known proxy reports it) still gets answers.
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(From("203.0.113.8"))).StatusCode);
    }
}
