using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Inventory.Survey;

/// <summary>
/// Each municipality's own yearly spending on integration work (question <c>integration_spending</c>) as reported in
/// the latest closed (else latest) round, for the comparison with the county levy (Kreisumlage).
/// </summary>
public sealed class ReportedIntegrationSpending(LotseDbContext db)
{
    public const string QuestionKey = "integration_spending";

    /// <summary>Euro by municipality id; municipalities without a submitted figure are missing.</summary>
    public async Task<IReadOnlyDictionary<Guid, decimal>> LoadAsync(CancellationToken cancellationToken)
    {
        var round = await SurveyQueries.LatestRoundAsync(db, cancellationToken);
        if (round is null)
            return new Dictionary<Guid, decimal>();
        var responses = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.RoundId == round.Id && r.Status == SurveyResponseStatus.Submitted)
            .Select(r => new { r.MunicipalityId, r.AnswersJson })
            .ToListAsync(cancellationToken);
        var spending = new Dictionary<Guid, decimal>();
        foreach (var response in responses)
            if (SurveyAnswers.FromJson(response.AnswersJson).GetValueOrDefault(QuestionKey) is { Number: { } euro, NotStated: false })
                spending[response.MunicipalityId] = euro;
        return spending;
    }
}
