using Lotse.Data;
using Lotse.Features.Inventory.Overlap;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Inventory.Survey;

/// <summary>
/// What the municipalities reported in the latest closed (else latest) round: every chosen field-of-action option
/// that carries a topic or audience code is an existing activity of that municipality.
/// </summary>
public sealed class SurveyActivitySource(LotseDbContext db) : IExistingActivitySource
{
    public const string FieldsOfActionKey = "fields_of_action";

    public async Task<IReadOnlyList<ExistingActivity>> LoadAsync(CancellationToken cancellationToken)
    {
        var round = await SurveyQueries.LatestRoundAsync(db, cancellationToken);
        if (round is null)
            return [];
        var question = (await SurveyQueries.QuestionsAsync(db, round.TemplateId, cancellationToken)).FirstOrDefault(q => q.Key == FieldsOfActionKey);
        if (question is null)
            return [];
        var coded = question.Options.Where(o => o.TopicCode is not null || o.AudienceCode is not null).ToDictionary(o => o.Key);
        var responses = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.RoundId == round.Id && r.Status != SurveyResponseStatus.NotStarted)
            .Select(r => new { r.MunicipalityId, r.AnswersJson, r.RoundId })
            .ToListAsync(cancellationToken);
        var activities = new List<ExistingActivity>();
        foreach (var response in responses)
        {
            var answer = SurveyAnswers.FromJson(response.AnswersJson).GetValueOrDefault(FieldsOfActionKey);
            foreach (var option in answer?.Options.Where(coded.ContainsKey).Select(k => coded[k]) ?? [])
            {
                activities.Add(new ExistingActivity(
                    $"Bestandsaufnahme {round.Name}",
                    option.Label,
                    SurveyPaths.Answer(round.Id, response.MunicipalityId),
                    [response.MunicipalityId],
                    option.TopicCode is { } topic ? [topic] : [],
                    option.AudienceCode is { } audience ? [audience] : [],
                    []));
            }
        }
        return activities;
    }
}
