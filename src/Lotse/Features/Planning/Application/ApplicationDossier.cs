using Lotse.Data;
using Lotse.Features.Editorial;
using Lotse.Features.OpenData.Hsds;
using Lotse.Features.Planning.Concept;
using Lotse.Features.Planning.Council;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Planning.Application;

/// <summary>Everything the application dossier shows, read once for the HTML and the PDF.</summary>
public sealed record ApplicationDossier(
    string County,
    FundingApplication Application,
    DateOnly On,
    IntegrationConceptVersion? Concept,
    IReadOnlyList<Measure> Education,
    IReadOnlyList<Measure> CrossCutting,
    IReadOnlyList<CostPlanRow>? CostPlan,
    IReadOnlyList<Session> Decisions);

/// <summary>Loads the dossier: the county's name from configuration (Lotse:Hsds:Region), the concept in force on the application date.</summary>
public sealed class ApplicationDossierLoader(LotseDbContext db, IOptions<HsdsOptions> region, TimeProvider clock, IServiceProvider services)
{
    public async Task<ApplicationDossier?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await db.FundingApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
            return null;
        var on = application.PlannedOn ?? CountyTime.Today(clock);
        var concepts = await db.ConceptVersions.AsNoTracking().ToListAsync(cancellationToken);
        var concept = ConceptInForce.On(concepts, c => c.AdoptedOn, on);
        var measures = await db.Measures.AsNoTracking().Where(m => m.Status != MeasureStatus.Cancelled).ToListAsync(cancellationToken);
        var education = measures.Where(m => m.FocusArea == FocusArea.Education)
            .OrderBy(m => m.EducationChainStage ?? (EducationChainStage)int.MaxValue).ThenBy(m => m.Title).ToList();
        var crossCutting = measures.Where(m => m.FocusArea == FocusArea.CrossCutting).OrderBy(m => m.Title).ToList();
        var costPlan = services.GetService<IApplicationCostPlan>() is { } plan ? await plan.RowsAsync(id, cancellationToken) : null;
        var conceptId = concept?.Id;
        var decisions = await db.CouncilSessions.AsNoTracking().Include(s => s.Motion).Include(s => s.Submission)
            .Where(s => s.Id == application.KreistagDecisionId || s.FundingApplicationId == id || (conceptId != null && s.ConceptVersionId == conceptId))
            .ToListAsync(cancellationToken);
        return new ApplicationDossier(region.Value.Region, application, on, concept, education, crossCutting, costPlan,
            decisions.OrderBy(d => d.HeldOn ?? DateOnly.MaxValue).ToList());
    }
}
