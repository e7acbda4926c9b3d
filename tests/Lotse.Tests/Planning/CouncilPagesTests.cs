using System.Net;
using Lotse.Features.Accounts;
using Lotse.Features.Planning;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Planning;

public sealed class CouncilPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: true);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_2013_papers_are_the_demo_history_without_invented_votes()
    {
        var client = await PlanningTestData.ClientAsync(_factory, Roles.Reader);

        var page = await PlanningTestData.PageAsync(client, PlanningPaths.Council);

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Integrationsrat der Stadt Sankt Augustin", text);
        Assert.Contains("DS-Nr. 2013/728", text);
        Assert.Contains("Sozialausschuss, 25.09.2013, TOP 6", text.Replace("\n", " "));
        Assert.Contains("Abstimmung: Ja –, Nein –, Enthaltung –", text);
        var sessions = await PlanningTestData.WithDbAsync(_factory, db => Task.FromResult(db.CouncilSessions.ToList()));
        Assert.All(sessions, s => Assert.Null(s.VotesYes));
    }

    [Fact]
    public async Task A_session_is_recorded_with_its_vote_and_bad_counts_answer_400()
    {
        var client = await PlanningTestData.EditorAsync(_factory);
        var page = await PlanningTestData.PageAsync(client, PlanningPaths.Council);
        var token = PlanningTestData.Token(page);
        var paper = page.QuerySelector("select[name='NewSession.Paper'] option[value^='s:']")!.GetAttribute("value")!;
        Dictionary<string, string> Fields(string yes) => new()
        {
            ["NewSession.Paper"] = paper, ["NewSession.Committee"] = "Kreistag", ["NewSession.HeldOn"] = "2013-12-12", ["NewSession.AgendaItem"] = "7",
            ["NewSession.VotesYes"] = yes, ["NewSession.VotesNo"] = "3", ["NewSession.VotesAbstain"] = "0", ["NewSession.Outcome"] = "Adopted",
        };

        var invalid = await PlanningTestData.PostAsync(client, PlanningPaths.Council + "?handler=Session", token, Fields("viele"));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.NotNull((await AccountsTestData.ParseAsync(invalid)).QuerySelector("#fehler a[href='#NewSession_VotesYes']"));

        var saved = await PlanningTestData.PostAsync(client, PlanningPaths.Council + "?handler=Session", token, Fields("50"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = (await PlanningTestData.PageAsync(client, PlanningPaths.Council)).QuerySelector("main")!.TextContent;
        Assert.Contains("Abstimmung: Ja 50, Nein 3, Enthaltung 0", after);
    }

    [Fact]
    public async Task The_participation_log_shows_who_worked_on_the_2011_concept()
    {
        var client = await PlanningTestData.ClientAsync(_factory, Roles.Reader);

        var page = await PlanningTestData.PageAsync(client, PlanningPaths.Participation);

        var actors = page.QuerySelectorAll("tbody th").Select(th => th.TextContent).ToList();
        foreach (var name in new[] { "Diakonie (Diakonisches Werk)", "Caritasverband", "Heimstatt e.V.", "Katholische Jugendwerke", "Kreiskatholikenrat", "Gemeinde Windeck", "Integrationsrat der Stadt Sankt Augustin" })
            Assert.Contains(name, actors);
        // The revision's first step is the Sozialausschuss paper of 04.09.2013: Troisdorf's statement that day counts as from the start.
        Assert.Contains("04.09.2013", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_participation_entry_without_actor_or_form_answers_400()
    {
        var client = await PlanningTestData.EditorAsync(_factory);
        var page = await PlanningTestData.PageAsync(client, PlanningPaths.Participation);
        var version = page.QuerySelector("select[name='Input.ConceptVersionId'] option[value]:not([value=''])")!.GetAttribute("value")!;

        var invalid = await PlanningTestData.PostAsync(client, PlanningPaths.Participation, PlanningTestData.Token(page),
            new() { ["Input.ConceptVersionId"] = version, ["Input.TookPartOn"] = "gestern" });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var summary = (await AccountsTestData.ParseAsync(invalid)).QuerySelector("#fehler")!;
        Assert.NotNull(summary.QuerySelector("a[href='#Input_ActorText']"));
        Assert.NotNull(summary.QuerySelector("a[href='#Input_Form']"));
        Assert.NotNull(summary.QuerySelector("a[href='#Input_TookPartOn']"));

        var saved = await PlanningTestData.PostAsync(client, PlanningPaths.Participation, PlanningTestData.Token(page),
            new() { ["Input.ConceptVersionId"] = version, ["Input.ActorText"] = "Integrationsrat Troisdorf", ["Input.Form"] = "Workshop", ["Input.TookPartOn"] = "2013-06-01" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task A_decision_is_linked_to_the_measures_and_application_it_decides_never_over_a_newer_save()
    {
        var client = await PlanningTestData.EditorAsync(_factory);
        var session = await PlanningTestData.AddKreistagDecisionAsync(_factory, new DateOnly(2013, 12, 12));
        var measure = await PlanningTestData.AddMeasureAsync(_factory, "Griffbereit", Lotse.Features.Planning.FocusArea.Education);
        var application = await PlanningTestData.AddApplicationAsync(_factory, "KIZ-Antrag");
        var page = await PlanningTestData.PageAsync(client, PlanningPaths.Session(session));
        var fields = page.QuerySelectorAll("form[method=post] input[type=text], form[method=post] textarea, form[method=post] select")
            .Select(e => (Name: e.GetAttribute("name")!, Value: e is AngleSharp.Html.Dom.IHtmlSelectElement select ? select.Value : e is AngleSharp.Html.Dom.IHtmlTextAreaElement area ? area.Value : ((AngleSharp.Html.Dom.IHtmlInputElement)e).Value))
            .ToDictionary(f => f.Name, f => f.Value ?? "");
        fields["Input.FundingApplicationId"] = application.ToString();
        fields["Input.MeasureIds"] = measure.ToString();
        fields["Input.HeldOn"] = "2013-12-12";
        fields["ConcurrencyStamp"] = ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name=ConcurrencyStamp]")!).Value;

        var saved = await PlanningTestData.PostAsync(client, PlanningPaths.Session(session), PlanningTestData.Token(page), new(fields));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await PlanningTestData.WithDbAsync(_factory, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(db.CouncilSessions, s => s.Measures), s => s.Id == session));
        Assert.Equal(application, stored.FundingApplicationId);
        Assert.Equal(measure, Assert.Single(stored.Measures).Id);
        Assert.Equal(40, stored.VotesYes);

        fields["Input.VotesYes"] = "1";
        var stale = await PlanningTestData.PostAsync(client, PlanningPaths.Session(session), PlanningTestData.Token(page), new(fields));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var reader = await PlanningTestData.ClientAsync(_factory, Roles.Reader);
        var readerPage = await PlanningTestData.PageAsync(reader, PlanningPaths.Session(session));
        Assert.Equal(HttpStatusCode.Forbidden, (await PlanningTestData.PostAsync(reader, PlanningPaths.Session(session), PlanningTestData.Token(readerPage), new(fields))).StatusCode);
        Assert.Equal(40, (await PlanningTestData.WithDbAsync(_factory, db => db.CouncilSessions.FindAsync(session).AsTask()))!.VotesYes);
    }
}
