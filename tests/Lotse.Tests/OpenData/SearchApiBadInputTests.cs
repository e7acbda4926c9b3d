using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.OpenData;

/// <summary>Hostile or broken query strings: 200 with results or 400 with a German message, never 500.</summary>
public sealed class SearchApiBadInputTests(DemoAppFixture app) : IClassFixture<DemoAppFixture>
{
    public static TheoryData<string> AcceptedQueries => new()
    {
        "q=%22",
        "q=*",
        "q=~",
        "q=AND%20(",
        "q=%5C",
        "q=%5B",
        "q=%22Sprach*%20AND%20(%5B%5D~2%5C",
        "q=" + new string('a', 10_000),
        "q=" + string.Concat(Enumerable.Repeat("Beratung%20", 1_000)),
        "q=%00%01%07%1B",
        "q=%ZZ%E4%C3",
        "q=%F0%9F%98%80%20Sprachcaf%C3%A9",
        "q=%ED%A0%80",
        "topic=gibtsnicht",
        "municipality=99999999",
        "language=xx&language=",
        "topic=" + string.Concat(Enumerable.Repeat("sprache,", 500)),
        "unknown=1",
        "sort=RELEVANCE",
    };

    [Theory]
    [MemberData(nameof(AcceptedQueries))]
    public async Task Odd_queries_are_answered_with_200(string query)
    {
        var response = await app.Client.GetAsync("/api/v1/search?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(json.GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public async Task Unknown_codes_match_nothing()
    {
        var json = await app.Client.GetFromJsonAsync<JsonElement>("/api/v1/search?topic=gibtsnicht");
        Assert.Equal(0, json.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("page=-1", "page")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("page=99999999999999999999", "page")]
    [InlineData("pageSize=100000", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=-5", "pageSize")]
    [InlineData("sort=random", "sort")]
    [InlineData("sort=distance", "near")]
    public async Task Invalid_paging_or_sort_gets_400_naming_the_parameter(string query, string parameter)
    {
        var response = await app.Client.GetAsync("/api/v1/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Ungültige Suchanfrage", problem.GetProperty("title").GetString());
        var message = problem.GetProperty("errors").GetProperty(parameter)[0].GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
    }

    [Theory]
    [InlineData("/api/v1/offers/not-a-guid")]
    [InlineData("/api/v1/offers/00000000-0000-0000-0000-000000000000")]
    [InlineData("/api/v1/offers/%00")]
    public async Task Unknown_offers_get_404_with_a_german_problem(string url)
    {
        var response = await app.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Angebot nicht gefunden", problem.GetProperty("title").GetString());
    }
}
