using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.OpenData.Hsds;

/// <summary>The HSDS read API over the demo directory: envelope, paging, search, filters, single objects, bad input.</summary>
public sealed class HsdsApiTests(DemoAppFixture app) : IClassFixture<DemoAppFixture>
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await app.Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static void AssertEnvelope(JsonElement page, int totalItems, int pageNumber, int perPage)
    {
        var totalPages = (totalItems + perPage - 1) / perPage;
        var size = Math.Clamp(totalItems - (pageNumber - 1) * perPage, 0, perPage);
        Assert.Equal(totalItems, page.GetProperty("total_items").GetInt32());
        Assert.Equal(totalPages, page.GetProperty("total_pages").GetInt32());
        Assert.Equal(pageNumber, page.GetProperty("page_number").GetInt32());
        Assert.Equal(size, page.GetProperty("size").GetInt32());
        Assert.Equal(size, page.GetProperty("contents").GetArrayLength());
        Assert.Equal(pageNumber == 1, page.GetProperty("first_page").GetBoolean());
        Assert.Equal(pageNumber >= totalPages, page.GetProperty("last_page").GetBoolean());
        Assert.Equal(size == 0, page.GetProperty("empty").GetBoolean());
    }

    [Fact]
    public async Task The_root_names_the_hsds_version_and_the_openapi_document()
    {
        var info = await GetJsonAsync("/api/hsds/");

        Assert.StartsWith("3.0", info.GetProperty("version").GetString());
        Assert.EndsWith("/openapi/v1.json", info.GetProperty("openapi_url").GetString());
    }

    [Fact]
    public async Task Services_come_in_the_hsds_page_envelope_and_pages_cover_all_of_them_once()
    {
        var first = await GetJsonAsync("/api/hsds/services?per_page=50");
        var total = first.GetProperty("total_items").GetInt32();
        Assert.True(total > 100);
        AssertEnvelope(first, total, 1, 50);

        var ids = new List<string>();
        for (var page = 1; page <= first.GetProperty("total_pages").GetInt32(); page++)
        {
            var json = await GetJsonAsync($"/api/hsds/services?per_page=50&page={page}");
            AssertEnvelope(json, total, page, 50);
            foreach (var service in json.GetProperty("contents").EnumerateArray())
            {
                ids.Add(service.GetProperty("id").GetString()!);
                Assert.False(service.TryGetProperty("organization", out _), "list items carry one-to-one fields only");
                Assert.Empty(HsdsSchemas.Errors("service.json", service));
            }
        }
        Assert.Equal(total, ids.Distinct().Count());

        var beyond = await GetJsonAsync($"/api/hsds/services?per_page=50&page={first.GetProperty("total_pages").GetInt32() + 1}");
        AssertEnvelope(beyond, total, first.GetProperty("total_pages").GetInt32() + 1, 50);
    }

    [Fact]
    public async Task Search_answers_with_at_most_per_page_services_the_portal_search_finds()
    {
        var hsds = await GetJsonAsync("/api/hsds/services?search=Sprachkurs&page=1&per_page=5");
        var portal = await GetJsonAsync("/api/v1/search?q=Sprachkurs&pageSize=100");

        var found = portal.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.True(found.Count > 0);
        Assert.Equal(portal.GetProperty("total").GetInt32(), hsds.GetProperty("total_items").GetInt32());
        var contents = hsds.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.InRange(contents.Count, 1, 5);
        Assert.Equal(found.Take(contents.Count), contents);
    }

    [Fact]
    public async Task Filters_by_term_taxonomy_organization_and_modification_time_narrow_the_list()
    {
        var terms = await GetJsonAsync("/api/hsds/taxonomy_terms?search=Sprache&per_page=100");
        var term = terms.GetProperty("contents").EnumerateArray().First(t => t.GetProperty("code").GetString() == "sprache");
        var termId = term.GetProperty("id").GetString();
        var taxonomyId = term.GetProperty("taxonomy_id").GetString();

        var byTerm = await GetJsonAsync($"/api/hsds/services?taxonomy_term_id={termId}&per_page=100&full=true");
        Assert.True(byTerm.GetProperty("total_items").GetInt32() > 0);
        Assert.All(byTerm.GetProperty("contents").EnumerateArray(), s =>
            Assert.Contains(s.GetProperty("attributes").EnumerateArray(), a => a.GetProperty("taxonomy_term_id").GetString() == termId));
        var byTaxonomy = await GetJsonAsync($"/api/hsds/services?taxonomy_id={taxonomyId}&per_page=1");
        Assert.True(byTaxonomy.GetProperty("total_items").GetInt32() >= byTerm.GetProperty("total_items").GetInt32());

        var organizationId = byTerm.GetProperty("contents")[0].GetProperty("organization_id").GetString();
        var byOrganization = await GetJsonAsync($"/api/hsds/services?organization_id={organizationId}&per_page=100");
        Assert.All(byOrganization.GetProperty("contents").EnumerateArray(), s => Assert.Equal(organizationId, s.GetProperty("organization_id").GetString()));

        Assert.Equal(0, (await GetJsonAsync("/api/hsds/services?modified_after=2999-01-01")).GetProperty("total_items").GetInt32());
        var all = await GetJsonAsync("/api/hsds/services?per_page=1");
        Assert.Equal(all.GetProperty("total_items").GetInt32(), (await GetJsonAsync("/api/hsds/services?modified_after=2000-01-01T00:00:00Z&per_page=1")).GetProperty("total_items").GetInt32());
    }

    [Fact]
    public async Task Single_objects_are_nested_and_validate_and_unknown_ids_are_404()
    {
        var list = await GetJsonAsync("/api/hsds/service_at_locations?per_page=1");
        var link = list.GetProperty("contents")[0];

        var service = await GetJsonAsync($"/api/hsds/services/{link.GetProperty("service_id").GetString()}");
        Assert.Empty(HsdsSchemas.Errors("service.json", service));
        Assert.True(service.GetProperty("organization").TryGetProperty("name", out _));
        Assert.True(service.GetProperty("service_at_locations").GetArrayLength() > 0);

        var full = await GetJsonAsync($"/api/hsds/service_at_locations/{link.GetProperty("id").GetString()}");
        Assert.Empty(HsdsSchemas.Errors("service_at_location.json", full));
        Assert.Equal(link.GetProperty("location_id").GetString(), full.GetProperty("location").GetProperty("id").GetString());
        Assert.Equal(link.GetProperty("service_id").GetString(), full.GetProperty("service").GetProperty("id").GetString());

        var organization = await GetJsonAsync($"/api/hsds/organizations/{service.GetProperty("organization_id").GetString()}");
        Assert.Empty(HsdsSchemas.Errors("organization.json", organization));
        Assert.Contains(organization.GetProperty("services").EnumerateArray(), s => s.GetProperty("id").GetString() == service.GetProperty("id").GetString());

        var taxonomies = await GetJsonAsync("/api/hsds/taxonomies");
        Assert.Equal(3, taxonomies.GetProperty("total_items").GetInt32());
        var taxonomy = await GetJsonAsync($"/api/hsds/taxonomies/{taxonomies.GetProperty("contents")[0].GetProperty("id").GetString()}");
        Assert.Empty(HsdsSchemas.Errors("taxonomy.json", taxonomy));
        var term = service.GetProperty("attributes")[0].GetProperty("taxonomy_term");
        Assert.Empty(HsdsSchemas.Errors("taxonomy_term.json", await GetJsonAsync($"/api/hsds/taxonomy_terms/{term.GetProperty("id").GetString()}")));

        foreach (var path in new[] { "services", "organizations", "taxonomies", "taxonomy_terms", "service_at_locations" })
        {
            foreach (var id in new[] { Guid.NewGuid().ToString(), "kein-uuid" })
            {
                var response = await app.Client.GetAsync($"/api/hsds/{path}/{id}");
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
    }

    [Fact]
    public async Task Postcode_and_proximity_find_places_around_the_postcode()
    {
        var links = await GetJsonAsync("/api/hsds/service_at_locations?per_page=100&full=true");
        var address = links.GetProperty("contents").EnumerateArray()
            .Select(l => l.GetProperty("location"))
            .Where(l => l.TryGetProperty("latitude", out _) && l.GetProperty("addresses").GetArrayLength() > 0)
            .Select(l => l.GetProperty("addresses")[0])
            .First();
        var postcode = address.GetProperty("postal_code").GetString();

        var exact = await GetJsonAsync($"/api/hsds/service_at_locations?postcode={postcode}&per_page=100&full=true");
        Assert.True(exact.GetProperty("total_items").GetInt32() > 0);
        Assert.All(exact.GetProperty("contents").EnumerateArray(), l =>
            Assert.Equal(postcode, l.GetProperty("location").GetProperty("addresses")[0].GetProperty("postal_code").GetString()));

        var near = await GetJsonAsync($"/api/hsds/service_at_locations?postcode={postcode}&proximity=5000&per_page=100");
        var wide = await GetJsonAsync($"/api/hsds/service_at_locations?postcode={postcode}&proximity=100000&per_page=1");
        Assert.True(near.GetProperty("total_items").GetInt32() > 0);
        Assert.True(wide.GetProperty("total_items").GetInt32() >= near.GetProperty("total_items").GetInt32());
    }

    [Theory]
    [InlineData("/api/hsds/services?page=0", "page")]
    [InlineData("/api/hsds/services?page=abc", "page")]
    [InlineData("/api/hsds/services?per_page=101", "per_page")]
    [InlineData("/api/hsds/services?per_page=-1", "per_page")]
    [InlineData("/api/hsds/services?taxonomy_term_id=sprache", "taxonomy_term_id")]
    [InlineData("/api/hsds/services?modified_after=gestern", "modified_after")]
    [InlineData("/api/hsds/services?full=ja", "full")]
    [InlineData("/api/hsds/services?format=xml", "format")]
    [InlineData("/api/hsds/service_at_locations?proximity=1000", "proximity")]
    [InlineData("/api/hsds/service_at_locations?postcode=ABCDE", "postcode")]
    [InlineData("/api/hsds/service_at_locations?postcode=99999&proximity=1000", "postcode")]
    [InlineData("/api/hsds/organizations?page=99999999999", "page")]
    [InlineData("/api/hsds/taxonomy_terms?taxonomy_id=x", "taxonomy_id")]
    [InlineData("/api/hsds/organizations/00000000-0000-0000-0000-000000000000?full_service=vielleicht", "full_service")]
    public async Task Bad_parameters_get_400_with_a_german_message_for_that_parameter(string url, string parameter)
    {
        var response = await app.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Ungültige Anfrage", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), problem.ToString());
        Assert.Matches("[a-zäöü]", messages[0].GetString());
    }
}
