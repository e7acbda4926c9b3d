using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Operations;

/// <summary>When the index cannot be built, search answers 503 with a German message and health says so.</summary>
public sealed class UnavailableIndexTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public UnavailableIndexTests()
    {
        // A file where the index folder belongs: the index can never be opened or built.
        System.IO.Directory.CreateDirectory(_factory.DataDirectory);
        File.WriteAllText(Path.Combine(_factory.DataDirectory, "index"), "kein Ordner");
        _factory.Settings["Lotse:Search:ReadyTimeout"] = "00:00:01";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Search_answers_503_and_health_reports_the_index()
    {
        var client = _factory.CreateClient();

        var search = await client.GetAsync("/api/v1/search");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
        Assert.NotNull(search.Headers.RetryAfter);
        var problem = await search.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Dienst vorübergehend nicht verfügbar", problem.GetProperty("title").GetString());
        Assert.Contains("Suche", problem.GetProperty("detail").GetString());

        var page = await client.GetAsync("/de/suche?q=Beratung");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", html);
        // A reference the caller can quote, the same trace id as the problem answer's and the log's.
        Assert.Matches("Fehlerkennung für Rückfragen: <code>[0-9a-f]{32}</code>", html);
        Assert.Matches("^00-[0-9a-f]{32}-", problem.GetProperty("traceId").GetString());

        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var json = await health.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", json.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Unhealthy", json.GetProperty("checks").GetProperty("searchIndex").GetProperty("status").GetString());
    }
}
