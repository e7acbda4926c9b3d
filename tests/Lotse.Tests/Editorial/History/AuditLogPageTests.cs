using System.Net;
using System.Text.Json;
using CsvHelper;
using Lotse.Features.Accounts;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Editorial.History;

/// <summary>The audit log page and its HSDS metadata export.</summary>
public sealed class AuditLogPageTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_log_shows_a_change_with_old_and_new_value_filtered_by_entry_and_field()
    {
        var offer = await TestOffers.AddAsync(_factory);
        await HistoryTestData.ChangeOfferAsync(_factory, offer.Id, (o, _) => o.Name = "Neuer Name");
        var client = await HistoryTestData.SignInAsync(_factory, Roles.CountyEditor);

        var page = await HistoryTestData.GetPageAsync(client, $"/intern/protokoll?typ=Offer&id={offer.Id}&feld=Name&von=2000-01-01&bis=31.12.9998");
        var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Contains(rows, r => r[3] == "geändert" && r[4] == "Name" && r[5] == "Testangebot" && r[6] == "Neuer Name");
        Assert.All(rows, r => Assert.Equal("Name", r[4]));
    }

    [Theory]
    [InlineData("/intern/protokoll?von=31.02.2026", "Datum")]
    [InlineData("/intern/protokoll?bis=morgen", "Datum")]
    [InlineData("/intern/protokoll?von=2026-05-01&bis=2026-04-01", "vor dem Von-Datum")]
    [InlineData("/intern/protokoll?id=123", "GUID")]
    [InlineData("/intern/protokoll?typ=Benutzer", "aus der Liste")]
    [InlineData("/intern/protokoll?seite=0", "Seitenzahl")]
    [InlineData("/intern/protokoll/export?format=xml", "csv")]
    [InlineData("/intern/protokoll/export?format=json&von=gestern", "Datum")]
    public async Task Bad_filters_are_refused_with_400_and_a_German_message(string path, string message)
    {
        var client = await HistoryTestData.SignInAsync(_factory, Roles.CountyEditor);

        var page = await HistoryTestData.GetPageAsync(client, path, HttpStatusCode.BadRequest);
        Assert.Contains(message, page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_has_exactly_the_columns_of_HSDS_metadata_and_escapes_formulas()
    {
        var offer = await TestOffers.AddAsync(_factory);
        await HistoryTestData.ChangeOfferAsync(_factory, offer.Id, (o, _) => o.Name = "=HYPERLINK(\"http://böse.example\")");
        var client = await HistoryTestData.SignInAsync(_factory, Roles.CountyEditor);
        using var schema = JsonDocument.Parse(await File.ReadAllTextAsync(HistoryTestData.SchemaPath()));
        var columns = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        var required = schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToList();

        var csvResponse = await client.GetAsync($"/intern/protokoll/export?format=csv&id={offer.Id}&feld=Name");
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.StartsWith("text/csv", csvResponse.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        using var reader = new CsvReader(new StringReader(await csvResponse.Content.ReadAsStringAsync()), System.Globalization.CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        Assert.Equal(columns, reader.HeaderRecord);
        var records = new List<Dictionary<string, string>>();
        while (reader.Read())
            records.Add(columns.ToDictionary(c => c, c => reader.GetField(c)!));
        var update = Assert.Single(records, r => r["last_action_type"] == "update");
        Assert.Equal(("service", offer.Id.ToString(), "name", "Testangebot"), (update["resource_type"], update["resource_id"], update["field_name"], update["previous_value"]));
        Assert.Equal("'=HYPERLINK(\"http://böse.example\")", update["replacement_value"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", update["last_action_date"]);

        var json = await client.GetAsync($"/intern/protokoll/export?format=json&id={offer.Id}&feld=Name");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            Assert.Equal(columns, item.EnumerateObject().Select(p => p.Name));
            Assert.All(required, r => Assert.Equal(JsonValueKind.String, item.GetProperty(r).ValueKind));
            Assert.True(Guid.TryParse(item.GetProperty("id").GetString(), out _));
        }
    }

    [Fact]
    public async Task A_municipal_editor_sees_only_the_log_of_own_offers()
    {
        var own = await TestOffers.AddAsync(_factory, municipalityCode: "05382068");
        var foreign = await TestOffers.AddAsync(_factory, municipalityCode: "05382060");
        var client = await HistoryTestData.SignInAsync(_factory, Roles.MunicipalityEditor);

        var page = await HistoryTestData.GetPageAsync(client, "/intern/protokoll");
        var text = page.QuerySelector("table")!.TextContent;
        Assert.Contains(own.Id.ToString(), text, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign.Id.ToString(), text, StringComparison.Ordinal);
    }
}
