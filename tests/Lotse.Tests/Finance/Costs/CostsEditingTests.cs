using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Finance.Costs;

/// <summary>Scenarios, rate tables and rule sets changed through the real forms.</summary>
public sealed class CostsEditingTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    private static void FillFachstelle(Dictionary<string, string> fields)
    {
        fields["Input.Name"] = "Fachstelle nachgerechnet";
        fields["Input.Date"] = "2013-03-01";
        fields["Input.OverheadShare"] = "0,3";
        fields["Input.Workstations"] = "2";
        fields["Input.Offices"] = "1";
        fields["Input.ProjectFunds"] = "2.000";
        fields["Input.ProjectFundsSource"] = "Kostenaufstellung 2013";
        fields["Input.Positions[0].Label"] = "A 11";
        fields["Input.Positions[0].Share"] = "1";
    }

    [Fact]
    public async Task A_scenario_entered_in_the_form_is_calculated_from_the_rate_table()
    {
        var client = await CostsTestData.ClientAsync(_factory, Roles.CountyEditor);
        var fields = await CostsTestData.FormFieldsAsync(client, "/intern/kosten/neu");
        FillFachstelle(fields);

        var response = await CostsTestData.PostAsync(client, "/intern/kosten/neu", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(await client.GetAsync(response.Headers.Location!.OriginalString));
        Assert.Equal("102.316 €", page.QuerySelector("#kostenaufstellung tr[data-kind=Total] td:last-child")!.TextContent.Trim());
    }

    [Fact]
    public async Task Bad_input_is_a_400_with_german_messages_linked_to_the_fields()
    {
        var client = await CostsTestData.ClientAsync(_factory, Roles.CountyEditor);
        var fields = await CostsTestData.FormFieldsAsync(client, "/intern/kosten/neu");
        FillFachstelle(fields);
        fields["Input.Positions[0].Share"] = "1,5";
        fields["Input.Positions[1].Label"] = "A 12";
        fields["Input.Positions[1].Amount"] = "-5";
        fields["Input.Positions[1].Source"] = "Test";
        fields["Input.OverheadShare"] = "dreißig";

        var response = await CostsTestData.PostAsync(client, "/intern/kosten/neu", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        var links = page.QuerySelectorAll("#fehler a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Input_OverheadShare", links);
        Assert.NotNull(page.GetElementById("Input_OverheadShare"));
        Assert.Equal("Fachstelle nachgerechnet", page.GetElementById("Input_Name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Model_errors_after_parsing_name_the_position_field()
    {
        var client = await CostsTestData.ClientAsync(_factory, Roles.CountyEditor);
        var fields = await CostsTestData.FormFieldsAsync(client, "/intern/kosten/neu");
        FillFachstelle(fields);
        fields["Input.Positions[0].Share"] = "1,5";
        fields["Input.Positions[1].Label"] = "A 12";   // no rate in the 2013 table and no amount

        var response = await CostsTestData.PostAsync(client, "/intern/kosten/neu", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        var links = page.QuerySelectorAll("#fehler a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Input_Positions[0]_Share", links);
        Assert.Contains("#Input_Positions[1]_Label", links);
        Assert.NotNull(page.GetElementById("Input_Positions[0]_Share"));
    }

    [Fact]
    public async Task A_second_save_from_the_same_loaded_form_is_refused_not_overwritten()
    {
        var id = await CostsTestData.StoreScenarioAsync(_factory, "Gleichzeitig", published: false);
        var client = await CostsTestData.ClientAsync(_factory, Roles.CountyEditor);
        var path = $"/intern/kosten/{id}/bearbeiten";
        var first = await CostsTestData.FormFieldsAsync(client, path);
        var second = new Dictionary<string, string>(first);
        first["Input.Name"] = "Erste Fassung";
        second["Input.Name"] = "Zweite Fassung";

        Assert.Equal(HttpStatusCode.Redirect, (await CostsTestData.PostAsync(client, path, first)).StatusCode);
        var conflict = await CostsTestData.PostAsync(client, path, second);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var stored = await CostsTestData.FormFieldsAsync(client, path);
        Assert.Equal("Erste Fassung", stored["Input.Name"]);
    }

    [Fact]
    public async Task A_reader_may_not_post()
    {
        var id = await CostsTestData.StoreScenarioAsync(_factory, "Nur lesen", published: false);
        var client = await CostsTestData.ClientAsync(_factory, Roles.Reader);

        var response = await CostsTestData.PostAsync(client, $"/intern/kosten/{id}/bearbeiten", new Dictionary<string, string> { ["Input.Name"] = "Geändert" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_new_rate_table_is_used_by_scenarios_dated_in_its_validity()
    {
        var client = await CostsTestData.ClientAsync(_factory, Roles.CountyEditor);
        var table = await CostsTestData.FormFieldsAsync(client, "/intern/kosten/saetze/neu");
        table["Input.Name"] = "Sätze 2025 (Test)";
        table["Input.ValidFrom"] = "2025-01-01";
        table["Input.Source"] = "Testquelle";
        table["Input.Rates[0].PayGrade"] = "A 11";
        table["Input.Rates[0].AnnualRate"] = "80.000";
        Assert.Equal(HttpStatusCode.Redirect, (await CostsTestData.PostAsync(client, "/intern/kosten/saetze/neu", table)).StatusCode);

        var fields = await CostsTestData.FormFieldsAsync(client, "/intern/kosten/neu");
        fields["Input.Name"] = "2025";
        fields["Input.Date"] = "2025-06-01";
        fields["Input.OverheadShare"] = "0";
        fields["Input.Positions[0].Label"] = "A 11";
        fields["Input.Positions[0].Share"] = "0,5";
        var response = await CostsTestData.PostAsync(client, "/intern/kosten/neu", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(await client.GetAsync(response.Headers.Location!.OriginalString));
        Assert.Equal("40.000 €", page.QuerySelector("#kostenaufstellung tr[data-kind=Total] td:last-child")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_rate_table_with_a_negative_rate_is_refused()
    {
        var client = await CostsTestData.ClientAsync(_factory, Roles.CountyEditor);
        var table = await CostsTestData.FormFieldsAsync(client, CostsAccessSamples.RateTable);
        table["Input.Rates[0].AnnualRate"] = "-1";

        var response = await CostsTestData.PostAsync(client, CostsAccessSamples.RateTable, table);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Contains("#Input_Rates[0]_AnnualRate", page.QuerySelectorAll("#fehler a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_changed_rule_set_cap_changes_the_funding()
    {
        var client = await CostsTestData.ClientAsync(_factory, Roles.CountyEditor);
        var rules = await CostsTestData.FormFieldsAsync(client, CostsAccessSamples.RuleSet);
        var row = rules.Single(f => f.Value == "Stelle Verwaltung").Key.Replace(".Subject", "", StringComparison.Ordinal);
        rules[$"{row}.Cap"] = "40.000";
        Assert.Equal(HttpStatusCode.Redirect, (await CostsTestData.PostAsync(client, CostsAccessSamples.RuleSet, rules)).StatusCode);

        var response = await _factory.CreateClient().PostAsync("/api/v1/costs/calculate", System.Net.Http.Json.JsonContent.Create(new
        {
            overheadShare = 0,
            date = "2013-01-01",
            positions = new[] { new { label = "A 12", share = 1, amount = 90_000, source = "Test", fundingSubject = "Stelle Verwaltung" } },
            ruleSet = "KIZ-Richtlinie 2012",
        }));
        var statement = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content);
        Assert.Equal(40_000m, statement.GetProperty("stateFunding").GetDecimal());
    }
}
