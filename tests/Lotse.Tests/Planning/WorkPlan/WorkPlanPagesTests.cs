using System.Net;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Planning;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Planning.WorkPlan;

/// <summary>The work plan through its pages: templates, the focus-area rules, indicators, views, rights and conflicts.</summary>
public sealed class WorkPlanPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    private Task<int> MeasureCountAsync() => OffersTestData.QueryAsync(_factory, db => db.Measures.CountAsync());

    [Fact]
    public async Task A_template_prefills_the_form_without_saving_and_the_submitted_form_creates_the_measure()
    {
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);

        var page = await OffersTestData.GetPageAsync(client, "/intern/massnahmen/neu?vorlage=griffbereit");
        var fields = OffersTestData.Fields(OffersTestData.Form(page, "form#massnahme"));
        Assert.Equal("Griffbereit", fields.Get("Input.Title"));
        Assert.Equal("Education", fields.Get("Input.FocusArea"));
        Assert.Equal("EarlyChildhood", fields.Get("Input.Stage"));
        var eltern = await WorkPlanTestData.TermIdAsync(_factory, TaxonomyCodes.Audience, "eltern");
        Assert.Contains(fields, f => f.Key == "Input.AudienceIds" && f.Value == eltern);
        Assert.Contains(fields, f => f.Key == "Input.Indicators[0].Name" && f.Value == "Gruppen");
        Assert.Equal(0, await MeasureCountAsync());

        var troisdorf = await WorkPlanTestData.MunicipalityIdAsync(_factory, OffersTestData.Troisdorf);
        var response = await OffersTestData.PostFormAsync(client, "/intern/massnahmen/neu?vorlage=griffbereit", f => f
            .Set("Input.Title", "Griffbereit in Troisdorf")
            .Set("Input.MunicipalityIds", troisdorf)
            .Set("Input.Budget", "8.500")
            .Set("Input.StartsOn", "2026-09-01")
            .Set("Input.Indicators[0].Target", "3"), "form#massnahme");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var measure = await OffersTestData.QueryAsync(_factory, db => db.Measures.Include(m => m.Indicators).Include(m => m.Municipalities).Include(m => m.Terms).SingleAsync());
        Assert.Equal("Griffbereit in Troisdorf", measure.Title);
        Assert.Equal(EducationChainStage.EarlyChildhood, measure.EducationChainStage);
        Assert.Equal("griffbereit", measure.ProgrammeTemplate);
        Assert.Equal(8500m, measure.Budget);
        Assert.Equal(OffersTestData.Troisdorf, Assert.Single(measure.Municipalities).Code);
        Assert.Equal(3m, measure.Indicators.Single(i => i.Name == "Gruppen").Target);
        Assert.Equal(3, measure.Indicators.Count);
    }

    [Theory]
    [InlineData("Education", "", "", "", "", "", "Input.Stage", "Stufe der Bildungskette")]
    [InlineData("CrossCutting", "School", "Sprache", "2026", "", "", "Input.Stage", "nur bei „Integration durch Bildung“")]
    [InlineData("CrossCutting", "", "", "2026", "", "", "Input.Field", "Schwerpunktfeld")]
    [InlineData("CrossCutting", "", "Sprache", "", "", "", "Input.PeriodStartYear", "erste Jahr")]
    [InlineData("Education", "School", "", "", "2026-09-01", "2026-08-31", "Input.EndsOn", "nicht vor dem Beginn")]
    [InlineData("Education", "Nonsense", "", "", "", "", "Input.Stage", "Auswahl gibt es nicht")]
    public async Task Broken_rules_answer_400_with_a_german_message_at_the_field_and_nothing_is_saved(
        string focus, string stage, string field, string year, string start, string end, string key, string message)
    {
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);

        var response = await OffersTestData.PostFormAsync(client, "/intern/massnahmen/neu", f => f
            .Set("Input.Title", "Regelprüfung").Set("Input.FocusArea", focus).Set("Input.Stage", stage)
            .Set("Input.Field", field).Set("Input.PeriodStartYear", year).Set("Input.StartsOn", start).Set("Input.EndsOn", end), "form#massnahme");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await OffersTestData.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#fehler").Text());
        Assert.NotNull(page.QuerySelector($"#fehler a[href='#{key.Replace('.', '_')}']"));
        Assert.Contains(message, page.QuerySelector($"#{key.Replace('.', '_')}-fehler").Text());
        Assert.Equal(0, await MeasureCountAsync());
    }

    [Fact]
    public async Task Negative_budget_malformed_numbers_and_unknown_choices_are_refused_with_400()
    {
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);

        var response = await OffersTestData.PostFormAsync(client, "/intern/massnahmen/neu", f => f
            .Set("Input.Title", "Zahlen").Set("Input.FocusArea", "Education").Set("Input.Stage", "School")
            .Set("Input.Budget", "-5").Set("Input.Indicators[0].Name", "Gruppen").Set("Input.Indicators[0].Target", "viele")
            .Set("Input.MunicipalityIds", "keine-id").Set("Input.StartsOn", "31.02.2026"), "form#massnahme");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = (await OffersTestData.ParseAsync(response)).QuerySelector("#fehler").Text();
        Assert.Contains("Budget darf nicht negativ", summary);
        Assert.Contains("Geben Sie eine Zahl ein", summary);
        Assert.Contains("Auswahl gibt es nicht", summary);
        Assert.Contains("Datum", summary);
        Assert.Equal(0, await MeasureCountAsync());
    }

    [Fact]
    public async Task Indicator_rows_are_added_without_script_and_removed_by_their_checkbox()
    {
        var measure = await WorkPlanTestData.AddMeasureAsync(_factory, "Mit Indikatoren");
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);
        var url = $"/intern/massnahmen/{measure.Id}";

        var added = await OffersTestData.PostFormAsync(client, url, f => f.Set("Input.Indicators[0].Name", "Gruppen"), "form#massnahme");
        Assert.True(added.StatusCode == HttpStatusCode.Redirect, $"{(int)added.StatusCode}: {(await OffersTestData.ParseAsync(added)).QuerySelector("[role=alert]").Text()}");
        var page = await OffersTestData.GetPageAsync(client, url);
        var form = OffersTestData.Form(page, "form#massnahme");
        var fields = OffersTestData.Fields(form);
        Assert.Equal("Gruppen", fields.Get("Input.Indicators[0].Name"));

        // "Weitere Indikatorzeile" posts to the AddRow handler: one more empty row, nothing saved.
        var addRow = await client.PostAsync(url + "?handler=AddRow", new FormUrlEncodedContent(fields));
        Assert.True(addRow.StatusCode == HttpStatusCode.OK, await addRow.Content.ReadAsStringAsync());
        var rows = (await OffersTestData.ParseAsync(addRow)).QuerySelectorAll("input[name$='].Name']").Length;
        Assert.Equal(3, rows);

        var removed = await OffersTestData.PostFormAsync(client, url, f => f.Set("Input.Indicators[0].Remove", "true"), "form#massnahme");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(0, await OffersTestData.QueryAsync(_factory, db => db.MeasureIndicators.CountAsync()));
    }

    [Fact]
    public async Task A_reader_reads_but_cannot_change_and_a_stale_form_does_not_overwrite_a_newer_save()
    {
        var measure = await WorkPlanTestData.AddMeasureAsync(_factory, "Gemeinsam bearbeitet");
        var url = $"/intern/massnahmen/{measure.Id}";
        var (reader, _) = await OffersTestData.SignInAsync(_factory, Roles.Reader);
        var readerPage = await OffersTestData.GetPageAsync(reader, url);
        Assert.NotNull(readerPage.QuerySelector("form#massnahme fieldset[disabled]"));
        var (editor, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);
        var stale = OffersTestData.Fields(OffersTestData.Form(await OffersTestData.GetPageAsync(editor, url), "form#massnahme"));

        var refused = await reader.PostAsync(url, new FormUrlEncodedContent(stale.ToList().Set("__RequestVerificationToken",
            readerPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!).Set("Input.Title", "Vom Lesenden")));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var first = await OffersTestData.PostFormAsync(editor, url, f => f.Set("Input.Title", "Erste Speicherung"), "form#massnahme");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await editor.PostAsync(url, new FormUrlEncodedContent(stale.Set("Input.Title", "Veraltet")));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Erste Speicherung", await OffersTestData.QueryAsync(_factory, db => db.Measures.Select(m => m.Title).SingleAsync()));
    }

    [Fact]
    public async Task The_views_group_by_chain_stage_and_focus_field_by_municipality_and_by_start_month()
    {
        await WorkPlanTestData.AddMeasureAsync(_factory, "Schulmaßnahme");
        await WorkPlanTestData.AddMeasureAsync(_factory, "Querschnitt Siegburg", OffersTestData.Siegburg, focus: FocusArea.CrossCutting);
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.Reader);

        var byFocus = await OffersTestData.GetPageAsync(client, "/intern/massnahmen");
        Assert.Equal(["Schule", "Sprache und Begegnung (2026–2027)"], byFocus.QuerySelectorAll("main table caption, table caption").Select(c => c.Text()).Distinct());
        Assert.Contains("Integration als Querschnittsaufgabe", byFocus.Body.Text());
        Assert.Null(byFocus.QuerySelector("a[href='/intern/massnahmen/neu']"));

        var byMunicipality = await OffersTestData.GetPageAsync(client, "/intern/massnahmen?ansicht=kommune");
        Assert.Equal(["Siegburg", "Troisdorf"], byMunicipality.QuerySelectorAll("table caption").Select(c => c.Text()).Distinct());

        var timeline = await OffersTestData.GetPageAsync(client, "/intern/massnahmen?ansicht=zeitplan");
        Assert.Equal("September 2026", timeline.QuerySelector("ol.lotse-timeline > li h3").Text());

        var bad = await OffersTestData.GetPageAsync(client, "/intern/massnahmen?ansicht=%3Cscript%3E", HttpStatusCode.BadRequest);
        Assert.Contains("Diese Ansicht gibt es nicht", bad.Body.Text());
        await OffersTestData.GetPageAsync(client, "/intern/massnahmen/neu?vorlage=gibtsnicht", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_template_answers_400_with_an_empty_form()
    {
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.Administrator);
        var page = await OffersTestData.GetPageAsync(client, "/intern/massnahmen/neu?vorlage=gibtsnicht", HttpStatusCode.BadRequest);
        Assert.Contains("Programmvorlage gibt es nicht", page.Body.Text());
        Assert.Equal("", OffersTestData.Fields(OffersTestData.Form(page, "form#massnahme")).Get("Input.Title"));
    }
}
