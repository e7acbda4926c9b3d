using Lotse.Data;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.Planning;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Finance;

/// <summary>
/// The workbench areas feed each other: the cost scenarios give the levy page its county share and the dossier its
/// cost and financing plan; the survey gives the levy page what each municipality reported spending.
/// </summary>
public sealed class WorkbenchLinksTests : IClassFixture<DemoAppFixture>
{
    private readonly LotseAppFactory _app;

    public WorkbenchLinksTests(DemoAppFixture fixture) => _app = fixture.Factory;

    [Fact]
    public async Task Levy_page_distributes_the_county_share_of_the_KIZ_2013_scenario_next_to_reported_spending()
    {
        var editor = await PlanningTestData.EditorAsync(_app);
        var scenarioId = await PlanningTestData.WithDbAsync(_app, db => db.CostScenarios.Where(s => s.Name == "KIZ 2013").Select(s => s.Id).SingleAsync());

        var page = await PlanningTestData.PageAsync(editor, $"/intern/umlage?jahr=2013&quelle=szenario-{scenarioId}");
        var text = page.Body!.TextContent;

        Assert.Contains("183.094", text);
        Assert.Contains("Kostenszenario „KIZ 2013“", text);
        // Alfter reported 12 000 € in the (example) survey round of 2013.
        var alfter = page.QuerySelectorAll("tr").First(r => r.TextContent.Contains("Alfter"));
        Assert.Contains("12.000", alfter.TextContent);
    }

    [Fact]
    public async Task Dossier_shows_the_cost_and_financing_plan_of_the_published_KIZ_scenario()
    {
        var editor = await PlanningTestData.EditorAsync(_app);
        var id = await PlanningTestData.AddApplicationAsync(_app, "Antrag Kostenplan", plannedOn: new DateOnly(2013, 12, 1));

        var dossier = (await PlanningTestData.PageAsync(editor, $"/intern/antrag/{id}/dossier")).Body!.TextContent;

        Assert.Contains("Kostenszenario „KIZ 2013“", dossier);
        Assert.Contains("353.094", dossier);
        Assert.Contains("170.000", dossier);
        Assert.Contains("183.094", dossier);
        Assert.DoesNotContain("noch nicht verfügbar", dossier);
    }

    [Fact]
    public async Task Workbench_changes_are_in_the_audit_log()
    {
        var id = await PlanningTestData.AddApplicationAsync(_app, "Antrag im Protokoll");

        var rows = await PlanningTestData.WithDbAsync(_app, db => db.AuditEntries.Where(a => a.EntityId == id).ToListAsync());

        Assert.Contains(rows, r => r.EntityType == "FundingApplication" && r.Field == "Title" && r.NewValue == "Antrag im Protokoll");
    }
}
