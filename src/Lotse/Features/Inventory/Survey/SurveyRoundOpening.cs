using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Inventory.Survey;

/// <summary>Opens a round: one empty answer set per municipality of the county, so progress and reminders cover all.</summary>
public static class SurveyRoundOpening
{
    public static async Task<SurveyRound> AddAsync(LotseDbContext db, string name, Guid templateId, DateOnly dueOn, DateTime now,
        bool isExample, CancellationToken cancellationToken)
    {
        var round = new SurveyRound { Id = Guid.NewGuid(), Name = name, TemplateId = templateId, DueOn = dueOn, OpenedAt = now, IsExample = isExample };
        foreach (var municipalityId in await db.Municipalities.OrderBy(m => m.Name).Select(m => m.Id).ToListAsync(cancellationToken))
            round.Responses.Add(new SurveyResponse { Id = Guid.NewGuid(), RoundId = round.Id, MunicipalityId = municipalityId, IsExample = isExample });
        db.SurveyRounds.Add(round);
        return round;
    }
}
