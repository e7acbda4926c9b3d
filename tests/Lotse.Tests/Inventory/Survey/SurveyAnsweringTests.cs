using System.Net;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Inventory.Survey;
using Lotse.Tests.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Inventory.Survey;

/// <summary>A municipality answers through its own account: draft, return, submit; only its own municipality; nothing half-saved.</summary>
public sealed class SurveyAnsweringTests(SurveyFactoryFixture fixture) : IClassFixture<SurveyFactoryFixture>
{
    private readonly Lotse.Tests.Infrastructure.LotseAppFactory _factory = fixture.Factory;

    private static IEnumerable<(string, string)> CompleteAnswers() =>
    [
        ("integration_officer_exists", "ja"),
        ("integration_officer.name", "Erika Beispiel"),
        ("integration_officer.funktion", "Integrationsbeauftragte"),
        ("organisational_unit", "soziales"),
        ("staff_share", "0,5"),
        ("case_counselling", "ja"),
        ("fields_of_action", "begegnungsfeste"),
        ("fields_of_action", "treff_maedchen"),
        ("fields_of_action.sonstiges", "Sprachcafé"),
        ("strategic_work", "nein"),
        ("integration_spending", "12.500"),
    ];

    [Fact]
    public async Task Municipality_editor_saves_a_draft_returns_to_it_and_submits_then_it_is_read_only()
    {
        var round = await SurveyTestData.OpenRoundAsync(_factory);
        var troisdorf = await SurveyTestData.MunicipalityIdAsync(_factory, SurveyTestData.Troisdorf);
        var (client, _) = await fixture.TroisdorfEditorAsync();
        var path = SurveyPaths.Answer(round, troisdorf);

        // The own list names the questionnaire.
        var mine = await (await client.GetAsync(SurveyPaths.Mine)).Content.ReadAsStringAsync();
        Assert.Contains(path, mine, StringComparison.Ordinal);

        // A draft with only some answers: required questions are not asked for yet.
        var (token, stamp) = await SurveyTestData.FormAsync(client, path);
        var saved = await SurveyTestData.PostAsync(client, $"{path}?handler=Save", token,
            [("ConcurrencyStamp", stamp!), ("integration_officer.name", "Erika Beispiel"), ("staff_share", "0,5")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var draft = await SurveyTestData.ResponseAsync(_factory, round, SurveyTestData.Troisdorf);
        Assert.Equal(SurveyResponseStatus.Draft, draft.Status);
        Assert.Equal(0.5m, SurveyAnswers.FromJson(draft.AnswersJson)["staff_share"].Number);

        // Coming back shows the draft.
        var page = await AccountsTestData.ParseAsync(await client.GetAsync(path));
        Assert.Equal("Erika Beispiel", page.QuerySelector("input[name='integration_officer.name']")!.GetAttribute("value"));
        Assert.Equal("0,5", page.QuerySelector("input[name=staff_share]")!.GetAttribute("value"));

        (token, stamp) = await SurveyTestData.FormAsync(client, path);
        var submitted = await SurveyTestData.PostAsync(client, $"{path}?handler=Submit", token, CompleteAnswers().Append(("ConcurrencyStamp", stamp!)));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var done = await SurveyTestData.ResponseAsync(_factory, round, SurveyTestData.Troisdorf);
        Assert.Equal(SurveyResponseStatus.Submitted, done.Status);
        var answers = SurveyAnswers.FromJson(done.AnswersJson);
        Assert.Equal(["begegnungsfeste", "treff_maedchen"], answers["fields_of_action"].Options);
        Assert.Equal(12_500m, answers["integration_spending"].Number);

        // Submitted: read-only, a further post changes nothing.
        var readOnly = await AccountsTestData.ParseAsync(await client.GetAsync(path));
        Assert.Null(readOnly.QuerySelector("button[type=submit]"));
        var again = await SurveyTestData.PostAsync(client, $"{path}?handler=Save", token, [("ConcurrencyStamp", done.ConcurrencyStamp.ToString()), ("staff_share", "3")]);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(0.5m, SurveyAnswers.FromJson((await SurveyTestData.ResponseAsync(_factory, round, SurveyTestData.Troisdorf)).AnswersJson)["staff_share"].Number);
    }

    [Fact]
    public async Task Municipality_editor_gets_403_for_another_municipality()
    {
        var round = await SurveyTestData.OpenRoundAsync(_factory);
        var troisdorf = await SurveyTestData.MunicipalityIdAsync(_factory, SurveyTestData.Troisdorf);
        var siegburg = await SurveyTestData.MunicipalityIdAsync(_factory, SurveyTestData.Siegburg);
        var (client, _) = await fixture.TroisdorfEditorAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(SurveyPaths.Answer(round, siegburg))).StatusCode);

        var (token, stamp) = await SurveyTestData.FormAsync(client, SurveyPaths.Answer(round, troisdorf));
        var post = await SurveyTestData.PostAsync(client, $"{SurveyPaths.Answer(round, siegburg)}?handler=Save", token,
            [("ConcurrencyStamp", stamp!), ("staff_share", "1")]);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(SurveyResponseStatus.NotStarted, (await SurveyTestData.ResponseAsync(_factory, round, SurveyTestData.Siegburg)).Status);
        // The KIZ round page is not theirs either.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(SurveyPaths.Round(round))).StatusCode);
    }

    [Theory]
    [InlineData("staff_share", "viel", "eine Zahl")]
    [InlineData("staff_share", "5", "zwischen 0,1 und 3")]
    [InlineData("integration_spending", "-100", "zwischen 0 und")]
    [InlineData("fields_of_action", "erfunden", "Auswahl ungültig")]
    [InlineData("case_counselling", "vielleicht", "Auswahl ungültig")]
    public async Task Bad_input_answers_400_with_a_German_summary_and_saves_nothing(string field, string value, string message)
    {
        var round = await SurveyTestData.OpenRoundAsync(_factory);
        var troisdorf = await SurveyTestData.MunicipalityIdAsync(_factory, SurveyTestData.Troisdorf);
        var (client, _) = await fixture.TroisdorfEditorAsync();
        var path = SurveyPaths.Answer(round, troisdorf);
        var (token, stamp) = await SurveyTestData.FormAsync(client, path);
        var response = await SurveyTestData.PostAsync(client, $"{path}?handler=Save", token,
            [("ConcurrencyStamp", stamp!), ("integration_officer.name", "Erika Beispiel"), (field, value)]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        var summary = page.QuerySelector("#fehler")!;
        Assert.Contains(message, summary.TextContent, StringComparison.Ordinal);
        Assert.Equal($"#{field}", summary.QuerySelector("a")!.GetAttribute("href"));
        // The entered values stay in the form; nothing is stored.
        Assert.Equal("Erika Beispiel", page.QuerySelector("input[name='integration_officer.name']")!.GetAttribute("value"));
        var stored = await SurveyTestData.ResponseAsync(_factory, round, SurveyTestData.Troisdorf);
        Assert.Equal(SurveyResponseStatus.NotStarted, stored.Status);
        Assert.Equal("{}", stored.AnswersJson);
    }

    [Fact]
    public async Task Submitting_without_required_answers_answers_400_and_stays_unsubmitted()
    {
        var round = await SurveyTestData.OpenRoundAsync(_factory);
        var troisdorf = await SurveyTestData.MunicipalityIdAsync(_factory, SurveyTestData.Troisdorf);
        var (client, _) = await fixture.TroisdorfEditorAsync();
        var path = SurveyPaths.Answer(round, troisdorf);
        var (token, stamp) = await SurveyTestData.FormAsync(client, path);
        var response = await SurveyTestData.PostAsync(client, $"{path}?handler=Submit", token, [("ConcurrencyStamp", stamp!), ("staff_share", "1")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = (await AccountsTestData.ParseAsync(response)).QuerySelector("#fehler")!.TextContent;
        Assert.Contains("Bitte beantworten Sie die Frage „Betreiben Sie strategische Integrationsarbeit", text, StringComparison.Ordinal);
        Assert.Equal(SurveyResponseStatus.NotStarted, (await SurveyTestData.ResponseAsync(_factory, round, SurveyTestData.Troisdorf)).Status);
    }

    [Fact]
    public async Task A_closed_round_rejects_answers()
    {
        var round = await SurveyTestData.OpenRoundAsync(_factory);
        var troisdorf = await SurveyTestData.MunicipalityIdAsync(_factory, SurveyTestData.Troisdorf);
        var (client, _) = await fixture.TroisdorfEditorAsync();
        var path = SurveyPaths.Answer(round, troisdorf);
        var (token, stamp) = await SurveyTestData.FormAsync(client, path);
        await SurveyTestData.CloseAsync(_factory, round);
        var response = await SurveyTestData.PostAsync(client, $"{path}?handler=Save", token, [("ConcurrencyStamp", stamp!), ("staff_share", "1")]);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("abgeschlossen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("{}", (await SurveyTestData.ResponseAsync(_factory, round, SurveyTestData.Troisdorf)).AnswersJson);
    }

    [Fact]
    public async Task A_save_over_someone_elses_newer_save_is_refused()
    {
        var round = await SurveyTestData.OpenRoundAsync(_factory);
        var troisdorf = await SurveyTestData.MunicipalityIdAsync(_factory, SurveyTestData.Troisdorf);
        var (first, _) = await fixture.TroisdorfEditorAsync();
        var second = await fixture.CountyEditorAsync();
        var path = SurveyPaths.Answer(round, troisdorf);
        var (token1, stamp1) = await SurveyTestData.FormAsync(first, path);
        var (token2, stamp2) = await SurveyTestData.FormAsync(second, path);
        Assert.Equal(HttpStatusCode.Redirect, (await SurveyTestData.PostAsync(first, $"{path}?handler=Save", token1, [("ConcurrencyStamp", stamp1!), ("staff_share", "1")])).StatusCode);
        var late = await SurveyTestData.PostAsync(second, $"{path}?handler=Save", token2, [("ConcurrencyStamp", stamp2!), ("staff_share", "2")]);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(1m, SurveyAnswers.FromJson((await SurveyTestData.ResponseAsync(_factory, round, SurveyTestData.Troisdorf)).AnswersJson)["staff_share"].Number);
    }
}
