using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.OpenData.Hsds;

/// <summary>What every /api answer shares: ETag and 304, read-only CORS, the OpenAPI description.</summary>
public sealed class ApiHttpTests(DemoAppFixture app) : IClassFixture<DemoAppFixture>
{
    [Theory]
    [InlineData("/api/hsds/services?per_page=3")]
    [InlineData("/api/hsds/taxonomies")]
    [InlineData("/api/v1/search?q=Sprachkurs")]
    public async Task An_answer_carries_an_etag_and_the_same_etag_in_if_none_match_gets_304(string url)
    {
        var first = await app.Client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await app.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"anders\""));
        var changed = await app.Client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await changed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Different_answers_have_different_etags()
    {
        var one = await app.Client.GetAsync("/api/hsds/services?per_page=3&page=1");
        var two = await app.Client.GetAsync("/api/hsds/services?per_page=3&page=2");

        Assert.NotEqual(one.Headers.ETag, two.Headers.ETag);
    }

    [Fact]
    public async Task Any_origin_may_read_without_credentials()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/hsds/taxonomies");
        request.Headers.Add("Origin", "https://andere-seite.example");
        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_preflight_allows_reading_but_not_writing()
    {
        using var read = new HttpRequestMessage(HttpMethod.Options, "/api/hsds/services");
        read.Headers.Add("Origin", "https://andere-seite.example");
        read.Headers.Add("Access-Control-Request-Method", "GET");
        var allowed = await app.Client.SendAsync(read);

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("*", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        var methods = string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Methods"));
        Assert.Contains("GET", methods);
        Assert.DoesNotContain("POST", methods);

        using var write = new HttpRequestMessage(HttpMethod.Options, "/api/hsds/services");
        write.Headers.Add("Origin", "https://andere-seite.example");
        write.Headers.Add("Access-Control-Request-Method", "DELETE");
        var refused = await app.Client.SendAsync(write);
        // The browser refuses what the answer does not allow.
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Methods") && refused.Headers.GetValues("Access-Control-Allow-Methods").Any(m => m.Contains("DELETE")));
    }

    [Fact]
    public async Task The_openapi_document_lists_every_hsds_path_and_the_reference_page_exists()
    {
        var document = await app.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        foreach (var path in new[]
                 {
                     "/api/hsds", "/api/hsds/services", "/api/hsds/services/{id}", "/api/hsds/organizations", "/api/hsds/organizations/{id}",
                     "/api/hsds/taxonomies", "/api/hsds/taxonomies/{id}", "/api/hsds/taxonomy_terms", "/api/hsds/taxonomy_terms/{id}",
                     "/api/hsds/service_at_locations", "/api/hsds/service_at_locations/{id}", "/api/v1/search", "/api/v1/offers/{id}",
                 })
        {
            Assert.True(paths.TryGetProperty(path, out _) || paths.TryGetProperty(path + "/", out _), path);
        }
        var parameters = paths.GetProperty("/api/hsds/service_at_locations").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        foreach (var name in new[] { "search", "page", "per_page", "taxonomy_term_id", "modified_after", "postcode", "proximity" })
            Assert.Contains(name, parameters);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/api/docs")).StatusCode);
    }
}
