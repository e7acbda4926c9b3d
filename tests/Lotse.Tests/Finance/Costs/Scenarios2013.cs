using Lotse.Data.Seed;
using Lotse.Features.Finance.CostModel;

namespace Lotse.Tests.Finance.Costs;

/// <summary>The 2013 cost table's two scenarios and the rule sets of the seed file, as the cost model takes them.</summary>
public static class Scenarios2013
{
    public const string Source = "Kostenaufstellung 2013 (Vorlage 2013)";

    public static readonly RateTable Rates2013 = new("Kostenaufstellung 2013", new DateOnly(2013, 1, 1), new DateOnly(2013, 12, 31), Source,
        new Dictionary<string, decimal> { ["A 11"] = 69_800m }, 2_268m, 5_040m);

    public static Scenario Fachstelle => new("Fachstelle Integration 2013", new DateOnly(2013, 1, 1),
        [new PositionLine("A 11", 1m)], 0.30m, 2, 1, new EnteredAmount(2_000m, Source), []);

    public static Scenario Kiz => new("KIZ 2013", new DateOnly(2013, 1, 1),
        [
            new PositionLine("A 12", 1m, FundingSubject: "Stelle Verwaltung"),
            new PositionLine("A 11", 1m, FundingSubject: "Stelle (Sozial-)Pädagogik"),
            new PositionLine("A 11", 1m, FundingSubject: "Stelle (Sozial-)Pädagogik"),
            new PositionLine("TVöD E 6", 0.5m, FundingSubject: "1/2 Stelle Verwaltungsassistenz"),
        ],
        0.30m, 8, 4, new EnteredAmount(5_000m, "geschätzter Wert, " + Source), [],
        PersonnelTotal: new EnteredAmount(238_300m, Source));

    public static IReadOnlyList<FundingRules> RuleSets { get; } =
        FundingRulesCsv.Parse(ReferenceDataSeeder.Read("kiz-foerderregeln.csv").ToList());

    public static FundingRules RuleSet(string name) => RuleSets.Single(r => r.Name == name);

    public static FundingRules Rules2012 => RuleSet("KIZ-Richtlinie 2012");

    public static FundingRules Rules2023 => RuleSet("KIZ-Förderung (aktuell lt. Bezirksregierung Arnsberg)");
}
