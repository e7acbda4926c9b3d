using System.Net;
using Lotse.Data;
using Lotse.Data.Seed;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Inventory.Survey;
using Lotse.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Inventory.Survey;

/// <summary>The KIZ copies the 2013 questionnaire, edits the copy for the next round and opens a round with it; a used template is frozen.</summary>
public sealed class SurveyTemplateEditorTests(SurveyFactoryFixture fixture) : IClassFixture<SurveyFactoryFixture>
{
    private readonly Lotse.Tests.Infrastructure.LotseAppFactory _factory = fixture.Factory;

    private static IEnumerable<(string, string)> Question(string prefix, string text, string kind, string options = "", string min = "", string max = "", bool required = false) =>
    [
        ($"{prefix}.Text", text), ($"{prefix}.Kind", kind), ($"{prefix}.Options", options),
        ($"{prefix}.Min", min), ($"{prefix}.Max", max), ($"{prefix}.Required", required ? "true" : "false"),
    ];

    private async Task<SurveyTemplate> TemplateAsync(Guid id)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LotseDbContext>().SurveyTemplates.AsNoTracking()
            .Include(t => t.Questions).ThenInclude(q => q.Options).SingleAsync(t => t.Id == id);
    }

    private async Task<(string Topic, string Audience)> CodesAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        return (await db.TaxonomyTerms.Where(t => t.Taxonomy.Code == TaxonomyCodes.Topic).Select(t => t.Code).FirstAsync(),
            await db.TaxonomyTerms.Where(t => t.Taxonomy.Code == TaxonomyCodes.Audience).Select(t => t.Code).FirstAsync());
    }

    [Fact]
    public async Task Copy_edit_add_move_remove_then_a_round_with_the_copy_asks_the_new_question_and_the_copy_is_frozen()
    {
        var client = await fixture.CountyEditorAsync();
        var (token, _) = await SurveyTestData.FormAsync(client, SurveyPaths.Templates);
        var copied = await SurveyTestData.PostAsync(client, $"{SurveyPaths.Templates}?handler=Copy&templateId={Questionnaire2013.TemplateId}", token, []);
        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        var id = Guid.Parse(copied.Headers.Location!.OriginalString.Split('/').Last());
        var original = await TemplateAsync(Questionnaire2013.TemplateId);
        var copy = await TemplateAsync(id);
        Assert.Equal("Fragebogen 2013 (Kopie)", copy.Name);
        Assert.Equal(original.Questions.OrderBy(q => q.Position).Select(q => (q.Key, q.Options.Count)), copy.Questions.OrderBy(q => q.Position).Select(q => (q.Key, q.Options.Count)));

        // Edit a choice question: new text, one option kept, one new option with codes; the key stays.
        var (topic, audience) = await CodesAsync();
        var fields = copy.Questions.Single(q => q.Key == "fields_of_action");
        var kept = fields.Options.OrderBy(o => o.Position).First();
        var questionPath = SurveyPaths.TemplateQuestion(id, fields.Id);
        (token, _) = await SurveyTestData.FormAsync(client, questionPath);
        var edited = await SurveyTestData.PostAsync(client, questionPath, token,
            Question("Input", "Welche Handlungsfelder bearbeiten Sie 2027?", "MultipleChoice", $"{kept.Label}\nSprachpatenschaften | {topic} | {audience}"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        fields = (await TemplateAsync(id)).Questions.Single(q => q.Id == fields.Id);
        Assert.Equal("fields_of_action", fields.Key);
        Assert.Equal("Welche Handlungsfelder bearbeiten Sie 2027?", fields.Text);
        Assert.Equal([(kept.Key, kept.Label), ("sprachpatenschaften", "Sprachpatenschaften")], fields.Options.OrderBy(o => o.Position).Select(o => (o.Key, o.Label)));
        var newOption = fields.Options.Single(o => o.Key == "sprachpatenschaften");
        Assert.Equal((topic, audience), (newOption.TopicCode, newOption.AudienceCode));
        // The 2013 template itself is unchanged.
        Assert.NotEqual("Welche Handlungsfelder bearbeiten Sie 2027?", (await TemplateAsync(Questionnaire2013.TemplateId)).Questions.Single(q => q.Key == "fields_of_action").Text);

        // Add a question: its key comes from its text.
        var templatePath = SurveyPaths.Template(id);
        (token, _) = await SurveyTestData.FormAsync(client, templatePath);
        var added = await SurveyTestData.PostAsync(client, $"{templatePath}?handler=Add", token, Question("NewQuestion", "Gibt es einen Integrationsrat?", "YesNo", required: true));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var template = await TemplateAsync(id);
        var council = template.Questions.Single(q => q.Key == "gibt_es_einen_integrationsrat");
        Assert.Equal(template.Questions.Count - 1, council.Position);
        Assert.True(council.Required);

        // Move it up one place.
        var before = template.Questions.Single(q => q.Position == council.Position - 1);
        (token, _) = await SurveyTestData.FormAsync(client, templatePath);
        var moved = await SurveyTestData.PostAsync(client, $"{templatePath}?handler=Move&questionId={council.Id}", token, [("direction", "hoch")]);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        template = await TemplateAsync(id);
        Assert.Equal(before.Position, template.Questions.Single(q => q.Id == council.Id).Position);
        Assert.Equal(council.Position, template.Questions.Single(q => q.Id == before.Id).Position);

        // Remove a question: the others close up.
        var removedQuestion = template.Questions.Single(q => q.Key == "case_counselling");
        (token, _) = await SurveyTestData.FormAsync(client, templatePath);
        var removed = await SurveyTestData.PostAsync(client, $"{templatePath}?handler=Remove&questionId={removedQuestion.Id}", token, []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        template = await TemplateAsync(id);
        Assert.DoesNotContain(template.Questions, q => q.Key == "case_counselling");
        Assert.Equal(Enumerable.Range(0, template.Questions.Count), template.Questions.Select(q => q.Position).Order());

        // Opening a round offers the copy.
        var newRound = await AccountsTestData.ParseAsync(await client.GetAsync(SurveyPaths.NewRound));
        Assert.NotNull(newRound.QuerySelector($"select[name='Input.TemplateId'] option[value='{id}']"));
        (token, _) = await SurveyTestData.FormAsync(client, SurveyPaths.NewRound);
        var opened = await SurveyTestData.PostAsync(client, SurveyPaths.NewRound, token,
            [("Input.Name", "Abfrage 2027"), ("Input.TemplateId", id.ToString()), ("Input.DueOn", "2027-03-31")]);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var round = Guid.Parse(opened.Headers.Location!.OriginalString.Split('/').Last());

        // Troisdorf answers the new question.
        var (editor, _) = await fixture.TroisdorfEditorAsync();
        var answerPath = SurveyPaths.Answer(round, await SurveyTestData.MunicipalityIdAsync(_factory, SurveyTestData.Troisdorf));
        var answerPage = await (await editor.GetAsync(answerPath)).Content.ReadAsStringAsync();
        Assert.Contains("Gibt es einen Integrationsrat?", answerPage, StringComparison.Ordinal);
        var (answerToken, stamp) = await SurveyTestData.FormAsync(editor, answerPath);
        var saved = await SurveyTestData.PostAsync(editor, $"{answerPath}?handler=Save", answerToken,
            [("ConcurrencyStamp", stamp!), ("gibt_es_einen_integrationsrat", "ja"), ("fields_of_action", "sprachpatenschaften")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var answers = SurveyAnswers.FromJson((await SurveyTestData.ResponseAsync(_factory, round, SurveyTestData.Troisdorf)).AnswersJson);
        Assert.True(answers["gibt_es_einen_integrationsrat"].Yes);
        Assert.Equal(["sprachpatenschaften"], answers["fields_of_action"].Options);

        // Now the copy is frozen: the page says so, every change answers 409 and nothing changes.
        var frozenPage = await (await client.GetAsync(templatePath)).Content.ReadAsStringAsync();
        Assert.Contains("festgeschrieben", frozenPage, StringComparison.Ordinal);
        Assert.Contains("Abfrage 2027", frozenPage, StringComparison.Ordinal);
        var list = await (await client.GetAsync(SurveyPaths.Templates)).Content.ReadAsStringAsync();
        Assert.Contains("Abfrage 2027", list, StringComparison.Ordinal);
        Assert.Null((await AccountsTestData.ParseAsync(await client.GetAsync(templatePath))).QuerySelector("button[type=submit]"));
        // The frozen page has no form: a token from another page.
        (token, _) = await SurveyTestData.FormAsync(client, SurveyPaths.Templates);
        var refusals = new[]
        {
            await SurveyTestData.PostAsync(client, $"{templatePath}?handler=Name", token, [("Name", "Umbenannt")]),
            await SurveyTestData.PostAsync(client, $"{templatePath}?handler=Add", token, Question("NewQuestion", "Noch eine Frage?", "YesNo")),
            await SurveyTestData.PostAsync(client, $"{templatePath}?handler=Move&questionId={council.Id}", token, [("direction", "hoch")]),
            await SurveyTestData.PostAsync(client, $"{templatePath}?handler=Remove&questionId={council.Id}", token, []),
            await SurveyTestData.PostAsync(client, questionPath, token, Question("Input", "Geändert?", "YesNo")),
        };
        foreach (var refusal in refusals)
        {
            Assert.Equal(HttpStatusCode.Conflict, refusal.StatusCode);
            Assert.Contains("kann nicht mehr geändert werden", await refusal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var after = await TemplateAsync(id);
        Assert.Equal(template.Name, after.Name);
        Assert.Equal(template.Questions.OrderBy(q => q.Position).Select(q => (q.Key, q.Text)), after.Questions.OrderBy(q => q.Position).Select(q => (q.Key, q.Text)));

        // A frozen template can still be copied for a later round.
        (token, _) = await SurveyTestData.FormAsync(client, SurveyPaths.Templates);
        Assert.Equal(HttpStatusCode.Redirect, (await SurveyTestData.PostAsync(client, $"{SurveyPaths.Templates}?handler=Copy&templateId={id}", token, [])).StatusCode);
    }

    [Fact]
    public async Task Bad_question_input_answers_400_with_German_messages_and_changes_nothing()
    {
        var client = await fixture.CountyEditorAsync();
        var id = await SurveyTemplateAccessSamples.CopyAsync(_factory);
        var path = SurveyPaths.Template(id);
        var count = (await TemplateAsync(id)).Questions.Count;
        var cases = new (IEnumerable<(string, string)> Fields, string Message)[]
        {
            (Question("NewQuestion", "  ", "YesNo"), "Bitte geben Sie den Fragetext ein."),
            (Question("NewQuestion", "Wie viele Stellen?", "Number", min: "5", max: "1"), "Der größte Wert darf nicht kleiner als der kleinste Wert sein."),
            (Question("NewQuestion", "Welche Sprachen?", "SingleChoice"), "Eine Auswahlfrage braucht mindestens eine Antwortmöglichkeit"),
            (Question("NewQuestion", "Welche Themen?", "MultipleChoice", "Sprache | gibtsnicht"), "Den Themencode „gibtsnicht“ gibt es"),
            (Question("NewQuestion", "Welche Gruppen?", "MultipleChoice", "Frauen | | gibtsnicht"), "Den Zielgruppencode „gibtsnicht“ gibt es"),
            (Question("NewQuestion", "Welche Art?", "Quatsch"), "Bitte wählen Sie die Art der Antwort."),
            (Question("NewQuestion", "Wie viel?", "Number", min: "viel"), "Bitte geben Sie eine Zahl ein"),
        };
        foreach (var (fields, message) in cases)
        {
            var (token, _) = await SurveyTestData.FormAsync(client, path);
            var response = await SurveyTestData.PostAsync(client, $"{path}?handler=Add", token, fields);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await AccountsTestData.ParseAsync(response);
            Assert.Contains(message, page.Body!.TextContent, StringComparison.Ordinal);
        }
        var question = (await TemplateAsync(id)).Questions.Single(q => q.Key == "staff_share");
        var questionPath = SurveyPaths.TemplateQuestion(id, question.Id);
        var (t, _) = await SurveyTestData.FormAsync(client, questionPath);
        var bad = await SurveyTestData.PostAsync(client, questionPath, t, Question("Input", "Stellenanteil", "StaffShare", min: "3", max: "0,1"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        (t, _) = await SurveyTestData.FormAsync(client, path);
        Assert.Equal(HttpStatusCode.BadRequest, (await SurveyTestData.PostAsync(client, $"{path}?handler=Name", t, [("Name", "")])).StatusCode);

        var after = await TemplateAsync(id);
        Assert.Equal(count, after.Questions.Count);
        Assert.Equal(question.Text, after.Questions.Single(q => q.Id == question.Id).Text);
        Assert.Equal("Fragebogen 2013 (Kopie)", after.Name);
    }

    [Fact]
    public async Task Reader_reads_templates_but_gets_403_on_every_change()
    {
        var reader = await fixture.ClientAsync(Roles.Reader);
        var id = await SurveyTemplateAccessSamples.CopyAsync(_factory);
        var path = SurveyPaths.Template(id);
        var question = (await TemplateAsync(id)).Questions.OrderBy(q => q.Position).First();
        var questionPath = SurveyPaths.TemplateQuestion(id, question.Id);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(questionPath)).StatusCode);
        Assert.Null((await AccountsTestData.ParseAsync(await reader.GetAsync(path))).QuerySelector("button[type=submit]"));
        // A reader's token from a page it may see (the template pages have no form for it).
        var (token, _) = await SurveyTestData.FormAsync(reader, "/intern/abmelden");
        Assert.Equal(HttpStatusCode.Forbidden, (await SurveyTestData.PostAsync(reader, $"{SurveyPaths.Templates}?handler=Copy&templateId={id}", token, [])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SurveyTestData.PostAsync(reader, $"{path}?handler=Name", token, [("Name", "Umbenannt")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SurveyTestData.PostAsync(reader, $"{path}?handler=Add", token, Question("NewQuestion", "Neu?", "YesNo"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SurveyTestData.PostAsync(reader, $"{path}?handler=Remove&questionId={question.Id}", token, [])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SurveyTestData.PostAsync(reader, questionPath, token, Question("Input", "Neu?", "YesNo"))).StatusCode);
        var after = await TemplateAsync(id);
        Assert.Equal("Fragebogen 2013 (Kopie)", after.Name);
        Assert.Contains(after.Questions, q => q.Id == question.Id && q.Text == question.Text);
    }
}
