using System.Net;
using System.Text;
using ClosedXML.Excel;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.Planning.WorkPlan;

namespace Lotse.Tests.Inventory.Overlap;

/// <summary>The check through the pages: planned measures against the published directory, and the coverage matrix.</summary>
public sealed class OverlapPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_planned_womens_language_cafe_in_Troisdorf_is_flagged_against_the_published_offer_there_and_nothing_else()
    {
        var existing = await WorkPlanTestData.AddOfferAsync(_factory, "Frauenintegrationskurs Troisdorf", OffersTestData.Troisdorf, ["sprache", "familie"], ["frauen", "eltern"]);
        await WorkPlanTestData.AddOfferAsync(_factory, "Frauenkurs Siegburg", OffersTestData.Siegburg, ["sprache"], ["frauen"]);
        await WorkPlanTestData.AddOfferAsync(_factory, "Schwimmkurs für Frauen Troisdorf", OffersTestData.Troisdorf, ["sport"], ["frauen"]);
        await WorkPlanTestData.AddOfferAsync(_factory, "Entwurf Troisdorf", OffersTestData.Troisdorf, ["sprache"], ["frauen"], OfferStatus.Draft);
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);
        var troisdorf = await WorkPlanTestData.MunicipalityIdAsync(_factory, OffersTestData.Troisdorf);
        var siegburg = await WorkPlanTestData.MunicipalityIdAsync(_factory, OffersTestData.Siegburg);
        var sprache = await WorkPlanTestData.TermIdAsync(_factory, TaxonomyCodes.Topic, "sprache");
        var sport = await WorkPlanTestData.TermIdAsync(_factory, TaxonomyCodes.Topic, "sport");
        var frauen = await WorkPlanTestData.TermIdAsync(_factory, TaxonomyCodes.Audience, "frauen");

        // The measures are entered through the work plan's form, as the KIZ would.
        async Task CreateAsync(string title, string municipality, string topic)
        {
            var response = await OffersTestData.PostFormAsync(client, "/intern/massnahmen/neu", f => f
                .Set("Input.Title", title).Set("Input.FocusArea", "CrossCutting").Set("Input.Field", "Sprache und Begegnung")
                .Set("Input.PeriodStartYear", "2026").Set("Input.TopicIds", topic).Set("Input.AudienceIds", frauen)
                .Set("Input.MunicipalityIds", municipality), "form#massnahme");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        await CreateAsync("Sprachcafé für Frauen in Troisdorf", troisdorf, sprache);
        await CreateAsync("Sprachcafé für Frauen in Sankt Augustin", await WorkPlanTestData.MunicipalityIdAsync(_factory, "05382056"), sprache);
        await CreateAsync("Radfahrkurs für Frauen in Siegburg", siegburg, sport);

        var page = await OffersTestData.GetPageAsync(client, "/intern/ueberschneidungen");
        var tables = page.QuerySelectorAll("#arbeitsplan table");
        var table = Assert.Single(tables);
        Assert.Contains("Sprachcafé für Frauen in Troisdorf", table.QuerySelector("caption").Text());
        var row = Assert.Single(table.QuerySelectorAll("tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(c => c.Text()).ToList();
        Assert.Equal("Sprachcafé für Frauen in Troisdorf", cells[0]);
        Assert.NotNull(row.QuerySelector($"a[href='/intern/angebote/{existing.Id}']"));
        Assert.Contains("Verzeichnis", cells[1]);
        Assert.Equal("Troisdorf", cells[2]);
        Assert.Equal("Sprache", cells[3]);
        Assert.Equal("Frauen", cells[4]);
        Assert.Equal("Genau", cells[6]);
    }

    [Fact]
    public async Task The_check_form_checks_a_measure_without_saving_it()
    {
        var existing = await WorkPlanTestData.AddOfferAsync(_factory, "Frauenintegrationskurs Troisdorf", OffersTestData.Troisdorf, ["sprache"], ["frauen"]);
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.Reader);

        var page = await OffersTestData.GetPageAsync(client, "/intern/ueberschneidungen");
        var form = OffersTestData.Form(page, "form#pruefen");
        Assert.Equal("get", form.Method);
        var fields = OffersTestData.Fields(form).Set("titel", "Sprachcafé für Frauen in Troisdorf").Set("kommune", OffersTestData.Troisdorf)
            .Set("thema", "sprache").Set("zielgruppe", "frauen");
        string Url(IEnumerable<KeyValuePair<string, string>> f) => "/intern/ueberschneidungen?" + string.Join("&", f.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

        var flagged = await OffersTestData.GetPageAsync(client, Url(fields));
        Assert.NotNull(flagged.QuerySelector($"#pruefergebnis a[href='/intern/angebote/{existing.Id}']"));
        Assert.Equal(0, await OffersTestData.QueryAsync(_factory, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Measures)));

        var elsewhere = await OffersTestData.GetPageAsync(client, Url(fields.ToList().Set("kommune", OffersTestData.Siegburg)));
        Assert.Empty(elsewhere.QuerySelectorAll("#pruefergebnis table"));
        Assert.Contains("Keine mögliche Überschneidung", elsewhere.QuerySelector("#pruefergebnis").Text());
        var otherTopic = await OffersTestData.GetPageAsync(client, Url(fields.ToList().Set("thema", "sport")));
        Assert.Empty(otherTopic.QuerySelectorAll("#pruefergebnis table"));

        // County-wide (no municipality) is shared with every municipality: flagged, but only partially.
        var countyWide = await OffersTestData.GetPageAsync(client, Url(fields.ToList().Set("kommune")));
        Assert.Contains("kreisweit", countyWide.QuerySelector("#pruefergebnis table").Text());
        Assert.Contains("Teilweise", countyWide.QuerySelector("#pruefergebnis table").Text());
    }

    [Theory]
    [InlineData("/intern/ueberschneidungen?pruefen=1&thema=sprache&kommune=99999999", "Kommune gibt es nicht")]
    [InlineData("/intern/ueberschneidungen?pruefen=1&thema=%3Cb%3E", "Thema gibt es nicht")]
    [InlineData("/intern/ueberschneidungen?pruefen=1&thema=sprache&zielgruppe=aliens&sprache=xx", "Zielgruppe gibt es nicht")]
    [InlineData("/intern/ueberschneidungen?pruefen=1", "mindestens ein Thema")]
    [InlineData("/intern/abdeckung?ansicht=alles", "Diese Ansicht gibt es nicht")]
    [InlineData("/intern/abdeckung/export?ansicht=thema&format=pdf", "Dateiformat gibt es nicht")]
    [InlineData("/intern/abdeckung/export?ansicht=x&format=csv", "Diese Ansicht gibt es nicht")]
    public async Task Bad_query_values_answer_400_with_a_german_message(string url, string message)
    {
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.Reader);
        var page = await OffersTestData.GetPageAsync(client, url, HttpStatusCode.BadRequest);
        Assert.Contains(message, page.QuerySelector("[role=alert]").Text());
    }

    [Fact]
    public async Task Coverage_counts_published_offers_per_municipality_and_topic_shows_gaps_in_words_and_exports_open()
    {
        await WorkPlanTestData.AddOfferAsync(_factory, "Sprachkurs 1", OffersTestData.Troisdorf, ["sprache", "bildung"], ["frauen"]);
        await WorkPlanTestData.AddOfferAsync(_factory, "Sprachkurs 2", OffersTestData.Troisdorf, ["sprache"], ["frauen"]);
        await WorkPlanTestData.AddOfferAsync(_factory, "Entwurf", OffersTestData.Troisdorf, ["sprache"], ["frauen"], OfferStatus.Draft);
        await WorkPlanTestData.AddOfferAsync(_factory, "Kultur", OffersTestData.Siegburg, ["kultur"], []);
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.Reader);

        var page = await OffersTestData.GetPageAsync(client, "/intern/abdeckung");
        var headers = page.QuerySelectorAll("table.lotse-coverage thead th").Select(h => h.Text()).ToList();
        string Cell(string municipality, string column)
        {
            var row = page.QuerySelectorAll("table.lotse-coverage tbody tr").Single(r => r.QuerySelector("th").Text() == municipality);
            return row.Children[headers.IndexOf(column)].Text();
        }
        Assert.Equal("2", Cell("Troisdorf", "Sprache"));
        Assert.Equal("1", Cell("Troisdorf", "Bildung"));
        Assert.Equal("○ 0 (Lücke)", Cell("Troisdorf", "Kultur und Begegnung"));
        Assert.Equal("1", Cell("Siegburg", "Kultur und Begegnung"));
        Assert.Equal("2", Cell("Troisdorf", "Angebote insgesamt"));
        Assert.Equal("○ 0 (Lücke)", Cell("Bornheim", "Sprache"));
        Assert.Contains("Kreisweit", page.QuerySelector("table.lotse-coverage tbody tr:last-child th").Text());

        var languages = await OffersTestData.GetPageAsync(client, "/intern/abdeckung?ansicht=sprache");
        Assert.NotNull(languages.QuerySelector("table.lotse-coverage"));

        var xlsx = await client.GetAsync("/intern/abdeckung/export?ansicht=thema&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var workbook = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync()))
        {
            var sheet = workbook.Worksheets.First();
            var troisdorfRow = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "Troisdorf");
            var column = sheet.Row(1).CellsUsed().Single(c => c.GetString() == "Sprache").Address.ColumnNumber;
            Assert.Equal(2, troisdorfRow.Cell(column).GetValue<int>());
        }

        var csv = await client.GetAsync("/intern/abdeckung/export?ansicht=sprache&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.StartsWith("Kommune;", Encoding.UTF8.GetString(bytes[3..]));
    }
}
