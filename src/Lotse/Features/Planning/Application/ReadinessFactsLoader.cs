using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Planning.Application;

/// <summary>Reads the facts of the readiness check for one application from the database.</summary>
public static class ReadinessFactsLoader
{
    public static async Task<ReadinessFacts> LoadAsync(LotseDbContext db, FundingApplication application, CancellationToken cancellationToken)
    {
        var concepts = await db.ConceptVersions.AsNoTracking().Select(c => c.AdoptedOn).ToListAsync(cancellationToken);
        var measures = await db.Measures.AsNoTracking().Select(m => new { m.FocusArea, m.Status }).ToListAsync(cancellationToken);
        return new ReadinessFacts(
            application.Id,
            application.KreistagDecisionId is not null,
            application.SituationDescription,
            application.OrganisationalAnchoring,
            concepts,
            measures.Select(m => (m.FocusArea, m.Status)).ToList());
    }
}
