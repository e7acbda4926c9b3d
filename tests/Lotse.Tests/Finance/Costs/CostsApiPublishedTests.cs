using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Finance.Costs;

public sealed class CostsApiPublishedTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Only_published_scenarios_are_listed_and_shown()
    {
        var published = await CostsTestData.StoreScenarioAsync(_factory, "Öffentlich", published: true);
        var draft = await CostsTestData.StoreScenarioAsync(_factory, "Entwurf", published: false);
        var client = _factory.CreateClient();

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/costs/scenarios");
        var ids = list.EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();

        Assert.Contains(published, ids);
        Assert.DoesNotContain(draft, ids);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/costs/scenarios/{published}")).StatusCode);
        var hidden = await client.GetAsync($"/api/v1/costs/scenarios/{draft}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("application/problem+json", hidden.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/costs/scenarios/kein-guid")).StatusCode);
    }

    [Fact]
    public async Task The_reference_rule_sets_are_there_without_demo_data()
    {
        var response = await _factory.CreateClient().PostAsync("/api/v1/costs/calculate", JsonContent.Create(new
        {
            overheadShare = 0,
            positions = new[] { new { label = "Fachkraft", share = 1, amount = 70_000, source = "Test", fundingSubject = "Fachstelle" } },
            ruleSet = "KIZ-Richtlinie 2020 (Änderung)",
            date = "2021-01-01",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(55_000m, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stateFunding").GetDecimal());
    }
}
