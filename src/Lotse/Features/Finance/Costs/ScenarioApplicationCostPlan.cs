using Lotse.Features.Planning.Application;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Finance.Costs;

/// <summary>
/// The dossier's cost and financing plan: the statement of the published scenario with state funding (a rule set)
/// whose date is latest on or before the application's planned date — the KIZ the application asks money for.
/// </summary>
public sealed class ScenarioApplicationCostPlan(Data.LotseDbContext db, CostStatements statements) : IApplicationCostPlan
{
    public async Task<IReadOnlyList<CostPlanRow>?> RowsAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        var plannedOn = await db.FundingApplications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => a.PlannedOn).FirstOrDefaultAsync(cancellationToken);
        var candidates = await db.CostScenarios.AsNoTracking()
            .Where(s => s.IsPublished && s.FundingRuleSetId != null)
            .Select(s => new { s.Id, s.Date })
            .ToListAsync(cancellationToken);
        var chosen = candidates
            .Where(s => plannedOn is null || s.Date <= plannedOn)
            .OrderByDescending(s => s.Date)
            .FirstOrDefault();
        if (chosen is null || await statements.ScenarioAsync(chosen.Id, publishedOnly: true, cancellationToken) is not { } scenario)
            return null;
        if ((await statements.CalculateAsync(scenario, cancellationToken)).Statement is not { } statement)
            return null;
        var rows = statement.Lines.Select(l => new CostPlanRow(l.Label, l.Amount)).ToList();
        rows.Add(new CostPlanRow($"Gesamtkosten (Kostenszenario „{scenario.Name}“)", statement.Total));
        rows.Add(new CostPlanRow($"Kostenerstattung Land ({statement.FundingRulesName})", statement.StateFunding));
        rows.Add(new CostPlanRow("Kostenanteil Kreis", statement.CountyShare));
        return rows;
    }
}
