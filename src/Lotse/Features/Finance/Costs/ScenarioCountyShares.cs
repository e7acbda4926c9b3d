using Lotse.Features.Finance.CostModel;
using Lotse.Features.Finance.Levy;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Finance.Costs;

/// <summary>The county shares of the cost scenarios, offered on the levy page (the year is the scenario's date).</summary>
public sealed class ScenarioCountyShares(Data.LotseDbContext db, CostStatements statements) : ICountyShareSource
{
    public async Task<IReadOnlyList<NamedAmount>> CountySharesAsync(CancellationToken cancellationToken)
    {
        // One query for the scenarios and one for the rate tables, whatever the number of scenarios.
        var scenarios = await db.CostScenarios.AsNoTracking()
            .Include(s => s.Lines)
            .Include(s => s.FundingRuleSet).ThenInclude(r => r!.Rules)
            .OrderBy(s => s.Name)
            .ToListAsync(cancellationToken);
        var rates = await statements.RateTablesAsync(cancellationToken);
        var shares = new List<NamedAmount>();
        foreach (var scenario in scenarios)
            if (CostCalculator.Calculate(scenario.ToModel(), rates, scenario.FundingRuleSet?.ToModel()).Statement is { } statement)
                shares.Add(new NamedAmount($"szenario-{scenario.Id}", $"Kostenszenario „{scenario.Name}“", scenario.Date.Year, statement.CountyShare));
        return shares;
    }
}
