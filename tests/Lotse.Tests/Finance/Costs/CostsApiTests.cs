using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Finance.Costs;

/// <summary>/api/v1/costs through real HTTP on the demo data (read-only: calculate writes nothing).</summary>
public sealed class CostsApiTests(DemoAppFixture app) : IClassFixture<DemoAppFixture>
{
    private Task<HttpResponseMessage> CalculateAsync(string json) =>
        app.Client.PostAsync("/api/v1/costs/calculate", new StringContent(json, Encoding.UTF8, "application/json"));

    private static decimal Amount(JsonElement statement, string kind) =>
        statement.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == kind).GetProperty("amount").GetDecimal();

    [Fact]
    public async Task The_published_2013_scenarios_report_the_figures_of_the_cost_table()
    {
        var list = await app.Client.GetFromJsonAsync<JsonElement>("/api/v1/costs/scenarios");
        var byName = list.EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);

        Assert.Equal(102_316m, byName["Fachstelle Integration 2013"].GetProperty("total").GetDecimal());
        Assert.Equal(0m, byName["Fachstelle Integration 2013"].GetProperty("stateFunding").GetDecimal());
        Assert.Equal(102_316m, byName["Fachstelle Integration 2013"].GetProperty("countyShare").GetDecimal());
        Assert.Equal(353_094m, byName["KIZ 2013"].GetProperty("total").GetDecimal());
        Assert.Equal(170_000m, byName["KIZ 2013"].GetProperty("stateFunding").GetDecimal());
        Assert.Equal(183_094m, byName["KIZ 2013"].GetProperty("countyShare").GetDecimal());
    }

    [Fact]
    public async Task A_published_scenario_has_each_line_of_the_cost_table()
    {
        var response = await app.Client.GetAsync($"/api/v1/costs/scenarios/{CostsTestData.KizId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var kiz = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statement");

        Assert.Equal(238_300m, Amount(kiz, "personnel"));
        Assert.Equal(71_490m, Amount(kiz, "overhead"));
        Assert.Equal(18_144m, Amount(kiz, "workstations"));
        Assert.Equal(20_160m, Amount(kiz, "offices"));
        Assert.Equal(5_000m, Amount(kiz, "projectFunds"));
        Assert.All(kiz.GetProperty("positions").EnumerateArray(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("amount").ValueKind));
    }

    [Fact]
    public async Task A_stored_scenario_posted_back_to_calculate_gives_the_same_statement()
    {
        var stored = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/costs/scenarios/{CostsTestData.KizId}");

        var response = await CalculateAsync(stored.GetProperty("input").GetRawText());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statement = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(353_094m, statement.GetProperty("total").GetDecimal());
        Assert.Equal(170_000m, statement.GetProperty("stateFunding").GetDecimal());
        Assert.Equal(183_094m, statement.GetProperty("countyShare").GetDecimal());
    }

    [Theory]
    [InlineData(60_000, 25_000, 6 * 57_000 + 22_500)]
    [InlineData(50_000, 20_000, 6 * 50_000 + 20_000)]
    public async Task A_scenario_under_the_2023_rule_set_gets_the_funding_its_caps_imply(int specialistCost, int assistantCost, int expected)
    {
        var positions = string.Join(",", Enumerable.Repeat($$"""{"label":"Fachkraft","share":1,"amount":{{specialistCost}},"source":"Test","fundingSubject":"Fachstelle (Kreis: bis zu 6)"}""", 6));
        var json = $$"""
            {"name":"KIZ 2024","date":"2024-01-01","overheadShare":0.3,
             "positions":[{{positions}},{"label":"TVöD E 6","share":0.5,"amount":{{assistantCost}},"source":"Test","fundingSubject":"1/2 Stelle Verwaltungsassistenz"}],
             "ruleSet":"KIZ-Förderung (aktuell lt. Bezirksregierung Arnsberg)"}
            """;

        var response = await CalculateAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statement = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(expected, statement.GetProperty("stateFunding").GetDecimal());
        var personnel = 6m * specialistCost + assistantCost;
        Assert.True(statement.GetProperty("stateFunding").GetDecimal() <= personnel);
    }

    [Fact]
    public async Task Inline_rates_and_rule_set_are_used_instead_of_stored_ones()
    {
        var json = """
            {"date":"2030-01-01","overheadShare":0,"workstations":1,"positions":[{"label":"E 9","share":0.5,"fundingSubject":"Stelle"}],
             "rates":{"payGrades":{"E 9":60000},"workstation":1000},
             "fundingRules":{"name":"Test","rows":[{"subject":"Stelle","kind":"position","mode":"fullFinancing","cap":20000}]}}
            """;

        var statement = await (await CalculateAsync(json)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(31_000m, statement.GetProperty("total").GetDecimal());
        // Half a position: half the cap per unit.
        Assert.Equal(10_000m, statement.GetProperty("stateFunding").GetDecimal());
    }

    [Theory]
    [InlineData("""{"overheadShare":0.3,"positions":[{"label":"A 11","share":1,"amount":-5,"source":"x"}]}""", "positions[0].amount")]
    [InlineData("""{"overheadShare":0.3,"positions":[{"label":"A 11","share":1.5,"amount":5,"source":"x"}]}""", "positions[0].share")]
    [InlineData("""{"overheadShare":1.3}""", "overheadShare")]
    [InlineData("""{"overheadShare":0.3,"workstations":-1}""", "workstations")]
    [InlineData("""{"overheadShare":0.3,"projectFunds":-1}""", "projectFunds")]
    [InlineData("""{"overheadShare":0.3,"otherLines":[{"label":"Miete","amount":-1}]}""", "otherLines[0].amount")]
    [InlineData("""{"overheadShare":0.3,"ruleSet":"Gibt es nicht"}""", "ruleSet")]
    [InlineData("""{"overheadShare":0.3,"positions":[{"label":"A 11","share":"viel"}]}""", "positions[0].share")]
    [InlineData("""{"overheadShare":0.3,"fundingRules":{"rows":[{"subject":"S","kind":"egal"}]}}""", "fundingRules.rows[0].kind")]
    [InlineData("""{"overheadShare":0.3,"positions":[{"label":"A 99","share":1}],"date":"2013-05-01"}""", "positions[0].label")]
    [InlineData("""{"overheadShare":0.3,""", "body")]
    [InlineData("""[1,2,3]""", "body")]
    [InlineData("""null""", "body")]
    [InlineData("", "body")]
    public async Task Invalid_scenarios_get_400_problem_details_in_german_naming_the_field(string json, string field)
    {
        var response = await CalculateAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Ungültiges Szenario", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {errors}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Fact]
    public async Task Deeply_nested_or_huge_bodies_get_400_not_500()
    {
        var deep = "{\"overheadShare\":0.3,\"x\":" + new string('[', 500) + new string(']', 500) + "}";
        var huge = "{\"name\":\"" + new string('a', 400_000) + "\",\"overheadShare\":0.3}";

        Assert.Equal(HttpStatusCode.BadRequest, (await CalculateAsync(deep)).StatusCode);
        var tooBig = await CalculateAsync(huge);
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.True((await tooBig.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        var response = await app.Client.PostAsync("/api/v1/costs/calculate", new StringContent("overheadShare=0.3", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Browsers_on_other_sites_may_not_post_because_cors_stays_read_only()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/costs/calculate");
        preflight.Headers.Add("Origin", "https://example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");

        var response = await app.Client.SendAsync(preflight);

        Assert.False(response.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Any(m => m.Contains("POST", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_cost_endpoints()
    {
        var document = await app.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/v1/costs/calculate", out var calculate));
        Assert.True(calculate.TryGetProperty("post", out var post));
        Assert.True(post.TryGetProperty("requestBody", out _));
        Assert.True(paths.TryGetProperty("/api/v1/costs/scenarios", out _));
        Assert.True(paths.TryGetProperty("/api/v1/costs/scenarios/{id}", out _));
    }
}
