using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Inventory.Survey;

/// <summary>Loads what the survey pages, exports and sources share: a template's questions, a round's answers and summary.</summary>
public static class SurveyQueries
{
    public static async Task<List<SurveyQuestion>> QuestionsAsync(LotseDbContext db, Guid templateId, CancellationToken cancellationToken)
    {
        var questions = await db.SurveyQuestions.AsNoTracking().Include(q => q.Options)
            .Where(q => q.TemplateId == templateId).OrderBy(q => q.Position).ToListAsync(cancellationToken);
        foreach (var question in questions)
            question.Options = question.Options.OrderBy(o => o.Position).ToList();
        return questions;
    }

    /// <summary>The round's answer sets with their municipality, by municipality name.</summary>
    public static Task<List<SurveyResponse>> ResponsesAsync(LotseDbContext db, Guid roundId, CancellationToken cancellationToken) =>
        db.SurveyResponses.AsNoTracking().Include(r => r.Municipality)
            .Where(r => r.RoundId == roundId).OrderBy(r => r.Municipality!.Name).ToListAsync(cancellationToken);

    public static async Task<SurveySummary> SummaryAsync(LotseDbContext db, SurveyRound round, CancellationToken cancellationToken)
    {
        var questions = await QuestionsAsync(db, round.TemplateId, cancellationToken);
        var responses = await ResponsesAsync(db, round.Id, cancellationToken);
        return Summary(questions, responses);
    }

    public static SurveySummary Summary(IEnumerable<SurveyQuestion> questions, IReadOnlyList<SurveyResponse> responses) =>
        SurveySummary.Create(questions,
            responses.Where(r => r.Status == SurveyResponseStatus.Submitted)
                .Select(r => new SubmittedAnswers(r.Municipality?.Name ?? "", SurveyAnswers.FromJson(r.AnswersJson))).ToList(),
            responses.Count);

    /// <summary>The latest closed round, else the latest round; null when there is none.</summary>
    public static Task<SurveyRound?> LatestRoundAsync(LotseDbContext db, CancellationToken cancellationToken) =>
        db.SurveyRounds.AsNoTracking()
            .OrderByDescending(r => r.ClosedAt != null).ThenByDescending(r => r.OpenedAt)
            .FirstOrDefaultAsync(cancellationToken);
}
