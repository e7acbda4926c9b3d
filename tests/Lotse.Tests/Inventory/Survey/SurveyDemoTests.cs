using Lotse.Data;
using Lotse.Features.Inventory.Survey;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Inventory.Survey;

/// <summary>The demo's example round "Abfrage 2013" reproduces the 2013 findings.</summary>
public sealed class SurveyDemoTests(DemoAppFixture fixture) : IClassFixture<DemoAppFixture>
{
    [Fact]
    public async Task Example_round_2013_reproduces_the_2013_findings()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var round = await db.SurveyRounds.AsNoTracking().SingleAsync(r => r.Name == "Abfrage 2013");
        Assert.True(round.IsExample);
        Assert.True(round.IsClosed);
        var summary = await SurveyQueries.SummaryAsync(db, round, default);
        Assert.Contains("19 von 19 Kommunen haben Integrationsbeauftragte bzw. zuständige Mitarbeiter/-innen.", summary.Findings);
        Assert.Contains("19 von 19 Kommunen bieten Beratung und Unterstützung im Einzelfall an.", summary.Findings);
        Assert.Contains("Strategische Integrationsarbeit in 4 von 19 Kommunen.", summary.Findings);
        Assert.Contains("Stellenanteile für Integrationsaufgaben von 10 % einer Stelle bis 3 Stellen; 4 von 19 Kommunen ohne Angabe.", summary.Findings);
        Assert.Equal("soziales", summary.Question("organisational_unit")!.Counts.MaxBy(c => c.Count)!.Key);

        var spending = await scope.ServiceProvider.GetRequiredService<ReportedIntegrationSpending>().LoadAsync(default);
        Assert.Equal(11, spending.Count);
    }
}
