using Lotse.Features.Finance.Levy;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Finance.Costs;

/// <summary>The county shares of the cost scenarios, offered on the levy page (the year is the scenario's date).</summary>
public sealed class ScenarioCountyShares(Data.LotseDbContext db, CostStatements statements) : ICountyShareSource
{
    public async Task<IReadOnlyList<NamedAmount>> CountySharesAsync(CancellationToken cancellationToken)
    {
        var ids = await db.CostScenarios.AsNoTracking().OrderBy(s => s.Name).Select(s => s.Id).ToListAsync(cancellationToken);
        var shares = new List<NamedAmount>();
        foreach (var id in ids)
        {
            var scenario = await statements.ScenarioAsync(id, publishedOnly: false, cancellationToken);
            if (scenario is not null && (await statements.CalculateAsync(scenario, cancellationToken)).Statement is { } statement)
                shares.Add(new NamedAmount($"szenario-{scenario.Id}", $"Kostenszenario „{scenario.Name}“", scenario.Date.Year, statement.CountyShare));
        }
        return shares;
    }
}
