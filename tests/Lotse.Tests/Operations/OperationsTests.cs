using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Operations;

public sealed class OperationsTests(DemoAppFixture app) : IClassFixture<DemoAppFixture>
{
    [Fact]
    public async Task Health_is_200_once_database_and_index_are_ready()
    {
        // The first search waits for the index; afterwards health must say healthy.
        await app.Client.GetAsync("/api/v1/search?pageSize=1");
        var response = await app.Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", json.GetProperty("status").GetString());
        Assert.True(json.GetProperty("checks").TryGetProperty("database", out _));
        Assert.True(json.GetProperty("checks").TryGetProperty("searchIndex", out _));
    }

    [Theory]
    [InlineData("/api/v1/search")]
    [InlineData("/health")]
    public async Task Responses_carry_the_security_headers(string url)
    {
        var response = await app.Client.GetAsync(url);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task Json_answers_are_compressed_when_the_client_accepts_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/search?pageSize=50");
        request.Headers.AcceptEncoding.ParseAdd("br");
        var response = await app.Client.SendAsync(request);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task The_openapi_description_lists_the_public_endpoints()
    {
        var json = await app.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = json.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/search", out _));
        Assert.True(paths.TryGetProperty("/api/v1/offers/{id}", out _));
        var reference = await app.Client.GetAsync("/api/docs");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [Fact]
    public async Task Pages_write_letters_as_utf8_and_still_escape_markup()
    {
        var html = await app.Client.GetStringAsync("/de/suche?q=%3Cb%3EB%C3%BCro");

        Assert.Contains("&lt;b&gt;Büro", html);
        Assert.DoesNotContain("&#xFC;", html);
        Assert.DoesNotContain("<b>Büro", html);
    }

    [Fact]
    public async Task Pages_are_sent_without_the_templates_indentation()
    {
        var response = await app.Client.GetAsync("/de/suche");
        var html = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("<h1", html);
        Assert.DoesNotMatch(@"\n\s{8}<", html);
    }
}
