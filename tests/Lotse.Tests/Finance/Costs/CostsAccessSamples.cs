using Lotse.Features.Finance.Costs;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Finance.Costs;

/// <summary>Entries for the access matrix's cost routes: scenarios have no scope, so there is no "outside".</summary>
public static class CostsAccessSamples
{
    public static string RateTable => $"/intern/kosten/saetze/{CostReferenceData.RateTableId("Kostenaufstellung 2013")}";

    public static string RuleSet => $"/intern/kosten/regelwerke/{CostReferenceData.RuleSetId("KIZ-Richtlinie 2012")}";

    public static async Task<ScopedSamples> ScenarioPageAsync(LotseAppFactory factory, string format) =>
        new(string.Format(format, await CostsTestData.StoreScenarioAsync(factory, "Zugriffstest", published: false)), null);

    public static async Task<ScopedSamples> ComparisonAsync(LotseAppFactory factory)
    {
        var a = await CostsTestData.StoreScenarioAsync(factory, "Zugriffstest A", published: false);
        var b = await CostsTestData.StoreScenarioAsync(factory, "Zugriffstest B", published: false);
        return new($"/intern/kosten/vergleich?a={a}&b={b}", null);
    }
}
