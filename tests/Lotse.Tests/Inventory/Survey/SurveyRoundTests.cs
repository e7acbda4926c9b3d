using System.Net;
using ClosedXML.Excel;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Inventory.Survey;
using Lotse.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Inventory.Survey;

/// <summary>The KIZ opens a round, follows progress, reminds, closes, and reads the county summary and its exports.</summary>
public sealed class SurveyRoundTests(SurveyFactoryFixture fixture) : IClassFixture<SurveyFactoryFixture>
{
    private readonly Lotse.Tests.Infrastructure.LotseAppFactory _factory = fixture.Factory;

    [Fact]
    public async Task Summary_page_of_19_answers_with_4_strategic_says_4_von_19_and_shows_the_staff_share_range()
    {
        var round = await SurveyTestData.OpenRoundAsync(_factory);
        await SurveyTestData.SubmitAllAsync(_factory, round);
        var reader = await fixture.ClientAsync(Roles.Reader);
        var response = await reader.GetAsync(SurveyPaths.Summary(round));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var findings = (await AccountsTestData.ParseAsync(response)).QuerySelectorAll("#befunde li").Select(li => li.TextContent).ToList();
        Assert.Contains("19 von 19 Kommunen haben den Fragebogen abgegeben.", findings);
        Assert.Contains("Strategische Integrationsarbeit in 4 von 19 Kommunen.", findings);
        Assert.Contains("19 von 19 Kommunen haben Integrationsbeauftragte bzw. zuständige Mitarbeiter/-innen.", findings);
        Assert.Contains("Stellenanteile für Integrationsaufgaben von 10 % einer Stelle bis 3 Stellen; 3 von 19 Kommunen ohne Angabe.", findings);
    }

    [Fact]
    public async Task Xlsx_has_the_summary_and_one_row_per_municipality()
    {
        var round = await SurveyTestData.OpenRoundAsync(_factory);
        await SurveyTestData.SubmitAllAsync(_factory, round);
        var reader = await fixture.ClientAsync(Roles.Reader);
        var response = await reader.GetAsync($"{SurveyPaths.Summary(round)}?handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SurveyWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var answers = workbook.Worksheet(SurveyWorkbook.AnswersSheet);
        var rows = answers.RowsUsed().Skip(1).ToList();
        Assert.Equal(19, rows.Count);
        Assert.Contains(rows, r => r.Cell(1).GetString() == "Troisdorf" && r.Cell(2).GetString() == "05382068");
        Assert.Contains(workbook.Worksheet(SurveyWorkbook.SummarySheet).Column(1).CellsUsed(),
            c => c.GetString() == "Strategische Integrationsarbeit in 4 von 19 Kommunen.");
    }

    [Fact]
    public async Task Pdf_is_a_pdf_with_the_county_figures()
    {
        var round = await SurveyTestData.OpenRoundAsync(_factory);
        await SurveyTestData.SubmitAllAsync(_factory, round);
        var reader = await fixture.ClientAsync(Roles.Reader);
        var response = await reader.GetAsync($"{SurveyPaths.Summary(round)}?handler=Pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var text = System.Text.RegularExpressions.Regex.Replace(Lotse.Tests.Infrastructure.PdfText.Extract(pdf), @"\s+", " ");
        Assert.Contains("Strategische Integrationsarbeit in 4 von 19 Kommunen.", text, StringComparison.Ordinal);
        Assert.Contains("von 10 % einer Stelle bis 3 Stellen", text, StringComparison.Ordinal);
        Assert.Contains("Begegnungsfeste", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_are_queued_only_for_municipalities_that_have_not_submitted()
    {
        var name = $"Abfrage Erinnerung {Guid.NewGuid():N}";
        var round = await SurveyTestData.OpenRoundAsync(_factory, name);
        var siegburgEditor = await SurveyTestData.MunicipalityEditorAccountAsync(_factory, SurveyTestData.Siegburg);
        var troisdorfEditor = await SurveyTestData.MunicipalityEditorAccountAsync(_factory, SurveyTestData.Troisdorf);
        var everyoneButSiegburg = (await MunicipalityNamesAsync()).Where(n => n != SurveyTestData.Siegburg).ToList();
        await SurveyTestData.SubmitAllAsync(_factory, round, everyoneButSiegburg);

        var kiz = await fixture.CountyEditorAsync();
        var (token, _) = await SurveyTestData.FormAsync(kiz, SurveyPaths.Round(round));
        var response = await SurveyTestData.PostAsync(kiz, $"{SurveyPaths.Round(round)}?handler=Remind", token, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var mails = await db.OutgoingMails.Where(m => m.Subject.Contains(name)).ToListAsync();
        var mail = Assert.Single(mails);
        Assert.Equal(siegburgEditor, mail.To);
        Assert.Contains(SurveyPaths.Answer(round, await SurveyTestData.MunicipalityIdAsync(_factory, SurveyTestData.Siegburg)), mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(mails, m => m.To == troisdorfEditor);
        Assert.NotNull((await SurveyTestData.ResponseAsync(_factory, round, SurveyTestData.Siegburg)).LastRemindedAt);
        Assert.Null((await SurveyTestData.ResponseAsync(_factory, round, SurveyTestData.Troisdorf)).LastRemindedAt);

        // The progress table says when Siegburg was last reminded.
        var page = await AccountsTestData.ParseAsync(await kiz.GetAsync(SurveyPaths.Round(round)));
        var siegburgRow = page.QuerySelector($"tr[data-municipality='{SurveyTestData.Siegburg}']")!;
        Assert.Equal("NotStarted", siegburgRow.GetAttribute("data-status"));
        Assert.NotEqual("–", siegburgRow.QuerySelector(".lotse-reminded")!.TextContent.Trim());
        Assert.Contains("18 von 19 Kommunen haben abgegeben.", page.QuerySelector("#fortschritt")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_sees_progress_but_cannot_remind_close_or_reopen()
    {
        var round = await SurveyTestData.OpenRoundAsync(_factory);
        await SurveyTestData.SubmitAllAsync(_factory, round, [SurveyTestData.Troisdorf]);
        var reader = await fixture.ClientAsync(Roles.Reader);
        var page = await reader.GetAsync(SurveyPaths.Round(round));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null((await AccountsTestData.ParseAsync(page)).QuerySelector("button[type=submit]"));
        // A reader's token from a page it may see (the round page has no form for it).
        var (token, _) = await SurveyTestData.FormAsync(reader, "/intern/abmelden");
        var troisdorf = await SurveyTestData.MunicipalityIdAsync(_factory, SurveyTestData.Troisdorf);
        foreach (var handler in new[] { "Remind", "Close", $"Reopen&municipalityId={troisdorf}" })
            Assert.Equal(HttpStatusCode.Forbidden, (await SurveyTestData.PostAsync(reader, $"{SurveyPaths.Round(round)}?handler={handler}", token, [])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SurveyTestData.PostAsync(reader, $"{SurveyPaths.Answer(round, troisdorf)}?handler=Save", token, [])).StatusCode);
        await using var scope = _factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<LotseDbContext>().SurveyRounds.SingleAsync(r => r.Id == round);
        Assert.Null(stored.ClosedAt);
        Assert.Equal(SurveyResponseStatus.Submitted, (await SurveyTestData.ResponseAsync(_factory, round, SurveyTestData.Troisdorf)).Status);
    }

    [Fact]
    public async Task Kiz_reopens_a_submitted_answer_set_and_closes_the_round()
    {
        var round = await SurveyTestData.OpenRoundAsync(_factory);
        await SurveyTestData.SubmitAllAsync(_factory, round, [SurveyTestData.Troisdorf]);
        var troisdorf = await SurveyTestData.MunicipalityIdAsync(_factory, SurveyTestData.Troisdorf);
        var kiz = await fixture.CountyEditorAsync();
        var (token, _) = await SurveyTestData.FormAsync(kiz, SurveyPaths.Round(round));
        Assert.Equal(HttpStatusCode.Redirect, (await SurveyTestData.PostAsync(kiz, $"{SurveyPaths.Round(round)}?handler=Reopen&municipalityId={troisdorf}", token, [])).StatusCode);
        Assert.Equal(SurveyResponseStatus.Draft, (await SurveyTestData.ResponseAsync(_factory, round, SurveyTestData.Troisdorf)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await SurveyTestData.PostAsync(kiz, $"{SurveyPaths.Round(round)}?handler=Close", token, [])).StatusCode);
        var page = await AccountsTestData.ParseAsync(await kiz.GetAsync(SurveyPaths.Answer(round, troisdorf)));
        Assert.Null(page.QuerySelector("button[type=submit]"));
        Assert.Contains("Die Runde ist abgeschlossen", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kiz_opens_a_round_for_all_19_municipalities_and_bad_input_answers_400()
    {
        var kiz = await fixture.CountyEditorAsync();
        var (token, _) = await SurveyTestData.FormAsync(kiz, SurveyPaths.NewRound);
        var bad = await SurveyTestData.PostAsync(kiz, SurveyPaths.NewRound, token, [("Input.Name", ""), ("Input.TemplateId", Guid.NewGuid().ToString()), ("Input.DueOn", "31.02.2027")]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await AccountsTestData.ParseAsync(bad)).QuerySelector("#fehler")!.TextContent;
        Assert.Contains("Bitte geben Sie der Runde einen Namen.", errors, StringComparison.Ordinal);
        Assert.Contains("Bitte wählen Sie einen Fragebogen.", errors, StringComparison.Ordinal);
        Assert.Contains("gültiges Abgabedatum", errors, StringComparison.Ordinal);

        var name = $"Abfrage {Guid.NewGuid():N}";
        var ok = await SurveyTestData.PostAsync(kiz, SurveyPaths.NewRound, token,
            [("Input.Name", name), ("Input.TemplateId", Lotse.Data.Seed.Questionnaire2013.TemplateId.ToString()), ("Input.DueOn", "2027-03-31")]);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var round = await db.SurveyRounds.Include(r => r.Responses).SingleAsync(r => r.Name == name);
        Assert.Equal(19, round.Responses.Count);
        Assert.All(round.Responses, r => Assert.Equal(SurveyResponseStatus.NotStarted, r.Status));
        Assert.Equal(new DateOnly(2027, 3, 31), round.DueOn);

        var reader = await fixture.ClientAsync(Roles.Reader);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(SurveyPaths.NewRound)).StatusCode);
    }

    [Fact]
    public async Task Two_rounds_are_compared_question_by_question()
    {
        var first = await SurveyTestData.OpenRoundAsync(_factory, "Vergleich A");
        await SurveyTestData.SubmitAllAsync(_factory, first);
        var second = await SurveyTestData.OpenRoundAsync(_factory, "Vergleich B");
        await SurveyTestData.SubmitAllAsync(_factory, second, [SurveyTestData.Troisdorf]);
        var reader = await fixture.ClientAsync(Roles.Reader);
        var page = await AccountsTestData.ParseAsync(await reader.GetAsync($"{SurveyPaths.Compare}?runde={first}&runde={second}"));
        var yes = page.QuerySelectorAll("#vergleich tr[data-key=strategic_work]").First();
        Assert.Equal(["4", "1"], yes.QuerySelectorAll("td.kern-table__cell--numeric").Select(c => c.TextContent.Trim()));
    }

    private async Task<List<string>> MunicipalityNamesAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LotseDbContext>().Municipalities.Select(m => m.Name).ToListAsync();
    }
}
