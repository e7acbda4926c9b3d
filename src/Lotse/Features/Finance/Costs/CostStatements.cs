using Lotse.Data;
using Lotse.Features.Finance.CostModel;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Finance.Costs;

/// <summary>Loads what the cost model needs from the database and runs it: one engine for pages, exports and the API.</summary>
public sealed class CostStatements(LotseDbContext db)
{
    public async Task<IReadOnlyList<RateTable>> RateTablesAsync(CancellationToken cancellationToken) =>
        (await db.CostRateTables.AsNoTracking().Include(t => t.Rates).ToListAsync(cancellationToken)).Select(t => t.ToModel()).ToList();

    /// <summary>A rule set by id or by name (case-insensitive); null when there is none.</summary>
    public async Task<FundingRules?> RuleSetAsync(string idOrName, CancellationToken cancellationToken)
    {
        var sets = db.FundingRuleSets.AsNoTracking().Include(s => s.Rules);
        var set = Guid.TryParse(idOrName, out var id)
            ? await sets.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            : (await sets.ToListAsync(cancellationToken)).FirstOrDefault(s => string.Equals(s.Name, idOrName.Trim(), StringComparison.OrdinalIgnoreCase));
        return set?.ToModel();
    }

    public async Task<CostScenario?> ScenarioAsync(Guid id, bool publishedOnly, CancellationToken cancellationToken) =>
        await db.CostScenarios.AsNoTracking()
            .Include(s => s.Lines)
            .Include(s => s.FundingRuleSet).ThenInclude(r => r!.Rules)
            .Where(s => !publishedOnly || s.IsPublished)
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<CostResult> CalculateAsync(CostScenario scenario, CancellationToken cancellationToken) =>
        CostCalculator.Calculate(scenario.ToModel(), await RateTablesAsync(cancellationToken), scenario.FundingRuleSet?.ToModel());
}
