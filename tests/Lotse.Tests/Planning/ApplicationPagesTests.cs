using System.Net;
using Lotse.Features.Accounts;
using Lotse.Features.Planning;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Planning;

public sealed class ApplicationPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_readiness_check_for_a_chosen_date_names_each_gap_and_links_where_to_fix_it()
    {
        var client = await PlanningTestData.ClientAsync(_factory, Roles.Reader);
        await PlanningTestData.AddConceptAsync(_factory, "Konzept 2011", new DateOnly(2011, 2, 15));
        await PlanningTestData.AddMeasureAsync(_factory, "Rucksack KiTa Troisdorf", Lotse.Features.Planning.FocusArea.Education);
        var decision = await PlanningTestData.AddKreistagDecisionAsync(_factory, new DateOnly(2013, 12, 12));
        var id = await PlanningTestData.AddApplicationAsync(_factory, situation: "Lage", anchoring: "Amt 50", decision: decision);

        var onTime = await PlanningTestData.PageAsync(client, PlanningPaths.FundingApplication(id) + "?datum=2014-02-15");
        var gaps = onTime.QuerySelectorAll("#luecken li").Select(li => li.GetAttribute("data-gap")).ToList();
        Assert.Equal(["NoCrossCuttingMeasure"], gaps);
        Assert.Contains("Integration als Querschnittsaufgabe", onTime.QuerySelector("#luecken")!.TextContent);
        Assert.Equal(PlanningPaths.WorkPlan, onTime.QuerySelector("#luecken a")!.GetAttribute("href"));

        var late = await PlanningTestData.PageAsync(client, PlanningPaths.FundingApplication(id) + "?datum=2014-02-16");
        Assert.Contains("älter als drei Jahre", late.QuerySelector("#luecken")!.TextContent);
        Assert.Contains("15.02.2014", late.QuerySelector("#luecken")!.TextContent);

        await PlanningTestData.AddMeasureAsync(_factory, "Interkulturelle Öffnung der Verwaltung", Lotse.Features.Planning.FocusArea.CrossCutting);
        var ready = await PlanningTestData.PageAsync(client, PlanningPaths.FundingApplication(id) + "?datum=2014-02-15");
        Assert.NotNull(ready.QuerySelector("#bereit"));
    }

    [Fact]
    public async Task Saving_the_application_checks_the_fields_and_the_decision()
    {
        var client = await PlanningTestData.EditorAsync(_factory);
        var decision = await PlanningTestData.AddKreistagDecisionAsync(_factory, new DateOnly(2013, 12, 12));
        var id = await PlanningTestData.AddApplicationAsync(_factory);
        var page = await PlanningTestData.PageAsync(client, PlanningPaths.FundingApplication(id));
        Assert.NotNull(page.QuerySelector($"select[name='Input.KreistagDecisionId'] option[value='{decision}']"));
        Dictionary<string, string> Fields(string decisionId) => new()
        {
            ["Input.ConcurrencyStamp"] = PlanningTestData.Stamp(page), ["Input.Title"] = "KIZ-Antrag 2014", ["Input.PlannedOn"] = "2014-03-01",
            ["Input.SituationDescription"] = "**19 Kommunen**", ["Input.OrganisationalAnchoring"] = "Kreissozialamt", ["Input.KreistagDecisionId"] = decisionId,
        };

        var invalid = await PlanningTestData.PostAsync(client, PlanningPaths.FundingApplication(id), PlanningTestData.Token(page), Fields(Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.NotNull((await AccountsTestData.ParseAsync(invalid)).QuerySelector("#fehler a[href='#Input_KreistagDecisionId']"));

        var saved = await PlanningTestData.PostAsync(client, PlanningPaths.FundingApplication(id), PlanningTestData.Token(page), Fields(decision.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await PlanningTestData.WithDbAsync(_factory, db => db.FundingApplications.FindAsync(id).AsTask());
        Assert.Equal(decision, stored!.KreistagDecisionId);
        Assert.Equal(new DateOnly(2014, 3, 1), stored.PlannedOn);

        var stale = await PlanningTestData.PostAsync(client, PlanningPaths.FundingApplication(id), PlanningTestData.Token(page), Fields(decision.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var reader = await PlanningTestData.ClientAsync(_factory, Roles.Reader);
        var readerPage = await PlanningTestData.PageAsync(reader, PlanningPaths.FundingApplication(id));
        var forbidden = await PlanningTestData.PostAsync(reader, PlanningPaths.FundingApplication(id), PlanningTestData.Token(readerPage), Fields(decision.ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task The_printable_dossier_has_the_county_both_focus_areas_every_measure_and_says_the_cost_plan_is_missing()
    {
        var client = await PlanningTestData.ClientAsync(_factory, Roles.Reader);
        await PlanningTestData.AddConceptAsync(_factory, "Integrationskonzept 2013", new DateOnly(2013, 12, 12));
        var decision = await PlanningTestData.AddKreistagDecisionAsync(_factory, new DateOnly(2013, 12, 12));
        string[] measures = ["Griffbereit Siegburg", "Rucksack Schule Troisdorf", "Interkulturelle Öffnung", "Abgesagt"];
        await PlanningTestData.AddMeasureAsync(_factory, measures[1], Lotse.Features.Planning.FocusArea.Education, Lotse.Features.Planning.EducationChainStage.School);
        await PlanningTestData.AddMeasureAsync(_factory, measures[0], Lotse.Features.Planning.FocusArea.Education, Lotse.Features.Planning.EducationChainStage.EarlyChildhood);
        await PlanningTestData.AddMeasureAsync(_factory, measures[2], Lotse.Features.Planning.FocusArea.CrossCutting);
        await PlanningTestData.AddMeasureAsync(_factory, measures[3], Lotse.Features.Planning.FocusArea.CrossCutting, status: Lotse.Features.Planning.MeasureStatus.Cancelled);
        var id = await PlanningTestData.AddApplicationAsync(_factory, "KIZ-Antrag 2014", new DateOnly(2014, 3, 1), "Die **Lage**", "Kreissozialamt", decision);

        var page = await PlanningTestData.PageAsync(client, PlanningPaths.Dossier(id));

        Assert.Equal("Rhein-Sieg-Kreis", page.QuerySelector("#kreis")!.TextContent);
        Assert.Contains("KIZ-Antrag 2014", page.Title);
        Assert.Equal("Integration durch Bildung", page.QuerySelector("#bildung")!.TextContent);
        Assert.Equal("Integration als Querschnittsaufgabe", page.QuerySelector("#querschnitt")!.TextContent);
        // Education measures by stage of the education chain: early childhood before school.
        Assert.Equal([measures[0], measures[1], measures[2]], page.QuerySelectorAll(".lotse-dossier__measure").Select(m => m.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("strong")); // Markdown rendered
        Assert.Contains("Integrationskonzept 2013", page.QuerySelector("#konzept")!.ParentElement!.TextContent);
        Assert.Contains("noch nicht verfügbar", page.QuerySelector("#kosten-fehlt")!.TextContent);
        Assert.Contains("Kreistag, 12.12.2013, TOP 5", page.QuerySelector("#beschluesse")!.ParentElement!.TextContent);
        Assert.Contains("Ja 40, Nein 10, Enthaltung 2", page.QuerySelector("#beschluesse")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task The_dossier_pdf_opens_with_title_language_structure_county_focus_areas_and_every_measure()
    {
        var client = await PlanningTestData.ClientAsync(_factory, Roles.Reader);
        await PlanningTestData.AddConceptAsync(_factory, "Integrationskonzept 2013", new DateOnly(2013, 12, 12));
        string[] measures = ["Griffbereit Siegburg", "Bildungspatenschaften Lohmar", "Interkulturelle Öffnung der Verwaltung"];
        await PlanningTestData.AddMeasureAsync(_factory, measures[0], Lotse.Features.Planning.FocusArea.Education, Lotse.Features.Planning.EducationChainStage.EarlyChildhood);
        await PlanningTestData.AddMeasureAsync(_factory, measures[1], Lotse.Features.Planning.FocusArea.Education, Lotse.Features.Planning.EducationChainStage.School);
        await PlanningTestData.AddMeasureAsync(_factory, measures[2], Lotse.Features.Planning.FocusArea.CrossCutting);
        var id = await PlanningTestData.AddApplicationAsync(_factory, "KIZ-Antrag 2014", new DateOnly(2014, 3, 1), "Lage", "Kreissozialamt");

        var response = await client.GetAsync(PlanningPaths.DossierPdf(id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var document = PdfText.Open(bytes))
        {
            Assert.True(document.PageCount >= 1);
            Assert.Contains("KIZ-Antrag 2014", document.Info.Title);
            Assert.Equal("de-DE", document.Internals.Catalog.Elements.GetString("/Lang"));
            Assert.NotNull(document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot"));
        }
        var text = PdfText.Extract(bytes);
        Assert.Contains("Rhein-Sieg-Kreis", text);
        Assert.Contains("Integration durch Bildung", text);
        Assert.Contains("Integration als Querschnittsaufgabe", text);
        foreach (var measure in measures)
            Assert.Contains(measure, text);
        Assert.Contains("Kosten- und Finanzierungsplan", text);
        Assert.Contains("noch nicht verfügbar", text);
    }
}
