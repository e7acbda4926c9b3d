using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.OpenData;

public sealed class SearchApiTests(DemoAppFixture app) : IClassFixture<DemoAppFixture>
{
    private static readonly string[] Facets = ["topic", "type", "language", "audience", "municipality"];

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await app.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Without_parameters_lists_the_demo_directory_with_five_facets()
    {
        var json = await GetJsonAsync("/api/v1/search");

        Assert.True(json.GetProperty("total").GetInt32() >= 150);
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(20, json.GetProperty("items").GetArrayLength());
        foreach (var facet in Facets)
            Assert.True(json.GetProperty("facets").GetProperty(facet).GetArrayLength() > 0, facet);

        var item = json.GetProperty("items")[0];
        foreach (var field in new[] { "id", "name", "organization", "municipality", "topics", "types", "languages", "audiences", "lastVerified", "url" })
            Assert.True(item.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Each_facet_count_equals_the_total_of_the_search_filtered_by_that_value()
    {
        var json = await GetJsonAsync("/api/v1/search?pageSize=1");
        foreach (var facet in Facets)
        {
            foreach (var value in json.GetProperty("facets").GetProperty(facet).EnumerateArray())
            {
                var code = value.GetProperty("code").GetString()!;
                var filtered = await GetJsonAsync($"/api/v1/search?pageSize=1&{facet}={Uri.EscapeDataString(code)}");
                Assert.Equal(value.GetProperty("count").GetInt32(), filtered.GetProperty("total").GetInt32());
            }
        }
    }

    [Fact]
    public async Task Counts_of_a_facet_ignore_its_own_filter_but_apply_the_others()
    {
        var all = await GetJsonAsync("/api/v1/search?pageSize=1");
        var filtered = await GetJsonAsync("/api/v1/search?pageSize=1&topic=sprache");

        // The topic facet keeps showing what the other topics would give.
        Assert.Equal(
            all.GetProperty("facets").GetProperty("topic").EnumerateArray().Select(v => v.GetProperty("count").GetInt32()),
            filtered.GetProperty("facets").GetProperty("topic").EnumerateArray().Select(v => v.GetProperty("count").GetInt32()));
        // Another facet is narrowed by the topic filter.
        var typesAll = all.GetProperty("facets").GetProperty("type").EnumerateArray().Sum(v => v.GetProperty("count").GetInt32());
        var typesFiltered = filtered.GetProperty("facets").GetProperty("type").EnumerateArray().Sum(v => v.GetProperty("count").GetInt32());
        Assert.True(typesFiltered < typesAll);
    }

    [Fact]
    public async Task Values_of_one_facet_combine_with_or_and_facets_with_and()
    {
        async Task<int> Total(string query) => (await GetJsonAsync("/api/v1/search?pageSize=1&" + query)).GetProperty("total").GetInt32();

        var troisdorf = await Total("municipality=05382068");
        var siegburg = await Total("municipality=05382060");
        var both = await Total("municipality=05382068&municipality=05382060");
        Assert.Equal(troisdorf + siegburg, both);

        var beratung = await Total("type=beratung");
        var beratungInTroisdorf = await Total("type=beratung&municipality=05382068");
        Assert.True(beratungInTroisdorf <= Math.Min(beratung, troisdorf));
        Assert.True(beratungInTroisdorf < both);
    }

    [Theory]
    [InlineData("Sprachkurse")]
    [InlineData("Deutschkurs")]
    [InlineData("sprachkurs")]
    public async Task German_inflections_and_synonyms_find_language_courses(string q)
    {
        var json = await GetJsonAsync($"/api/v1/search?pageSize=100&q={Uri.EscapeDataString(q)}");
        Assert.True(json.GetProperty("total").GetInt32() > 0);
        var ids = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

        var mentionsSprachkurs = 0;
        foreach (var id in ids)
        {
            var offer = await GetJsonAsync($"/api/v1/offers/{id}");
            var text = offer.GetProperty("name").GetString() + " " + offer.GetProperty("description").GetString();
            if (text.Contains("Sprachkurs", StringComparison.OrdinalIgnoreCase))
                mentionsSprachkurs++;
        }
        Assert.True(mentionsSprachkurs > 0, $"no hit for '{q}' says Sprachkurs");
    }

    [Fact]
    public async Task A_typo_still_finds_counselling()
    {
        var json = await GetJsonAsync("/api/v1/search?pageSize=100&q=Beratnug");
        Assert.True(json.GetProperty("total").GetInt32() > 0);
        Assert.Contains(json.GetProperty("items").EnumerateArray(),
            item => item.GetProperty("types").EnumerateArray().Any(t => t.GetString() == "beratung"));
    }

    [Fact]
    public async Task Paging_returns_disjoint_pages_of_the_requested_size()
    {
        var first = await GetJsonAsync("/api/v1/search?pageSize=7&page=1&sort=name");
        var second = await GetJsonAsync("/api/v1/search?pageSize=7&page=2&sort=name");
        var a = first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        var b = second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(7, a.Count);
        Assert.Equal(7, b.Count);
        Assert.Empty(a.Intersect(b));
    }

    [Fact]
    public async Task Sort_by_name_orders_items_alphabetically()
    {
        var json = await GetJsonAsync("/api/v1/search?pageSize=50&sort=name");
        var names = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        var comparer = StringComparer.Create(new System.Globalization.CultureInfo("de-DE"), ignoreCase: true);
        Assert.Equal(names.OrderBy(n => n, comparer).ToList(), names);
    }

    [Fact]
    public async Task Sort_by_distance_puts_offers_of_the_chosen_municipality_first()
    {
        var json = await GetJsonAsync("/api/v1/search?pageSize=3&sort=distance&near=05382076");
        foreach (var item in json.GetProperty("items").EnumerateArray())
            Assert.Equal("05382076", item.GetProperty("municipality").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Item_urls_lead_to_the_offer_page()
    {
        var json = await GetJsonAsync("/api/v1/search?pageSize=1");
        var item = json.GetProperty("items")[0];
        Assert.Equal($"/de/angebote/{item.GetProperty("id").GetGuid()}", item.GetProperty("url").GetString());
    }
}
