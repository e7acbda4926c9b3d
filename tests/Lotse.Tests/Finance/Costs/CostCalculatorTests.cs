using Lotse.Features.Finance.CostModel;

namespace Lotse.Tests.Finance.Costs;

public sealed class CostCalculatorTests
{
    private static CostStatement Statement(Scenario scenario, FundingRules? rules)
    {
        var result = CostCalculator.Calculate(scenario, [Scenarios2013.Rates2013], rules);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Statement!;
    }

    private static decimal Line(CostStatement statement, CostLineKind kind) => statement.Lines.Single(l => l.Kind == kind).Amount;

    [Fact]
    public void Fachstelle_2013_reproduces_the_cost_table_to_the_euro()
    {
        var statement = Statement(Scenarios2013.Fachstelle, null);

        Assert.Equal(69_800m, Line(statement, CostLineKind.Personnel));
        Assert.Equal(20_940m, Line(statement, CostLineKind.Overhead));
        Assert.Equal(4_536m, Line(statement, CostLineKind.Workstations));
        Assert.Equal(5_040m, Line(statement, CostLineKind.Offices));
        Assert.Equal(2_000m, Line(statement, CostLineKind.ProjectFunds));
        Assert.Equal(102_316m, statement.Total);
        Assert.Equal(0m, statement.StateFunding);
        Assert.Equal(102_316m, statement.CountyShare);
        Assert.Equal("1 Stelle A 11; Sätze aus „Kostenaufstellung 2013“", statement.Lines[0].Explanation);
    }

    [Fact]
    public void Kiz_2013_reproduces_the_cost_table_to_the_euro_with_the_personnel_sum_as_the_source_gives_it()
    {
        var statement = Statement(Scenarios2013.Kiz, Scenarios2013.Rules2012);

        Assert.Equal(238_300m, Line(statement, CostLineKind.Personnel));
        Assert.Equal(71_490m, Line(statement, CostLineKind.Overhead));
        Assert.Equal(18_144m, Line(statement, CostLineKind.Workstations));
        Assert.Equal(20_160m, Line(statement, CostLineKind.Offices));
        Assert.Equal(5_000m, Line(statement, CostLineKind.ProjectFunds));
        Assert.Equal(353_094m, statement.Total);
        Assert.Equal(170_000m, statement.StateFunding);
        Assert.Equal(183_094m, statement.CountyShare);
        // The four positions are there with grade and share, but no invented amount per grade.
        Assert.Equal(["A 12", "A 11", "A 11", "TVöD E 6"], statement.Positions.Select(p => p.Label));
        Assert.All(statement.Positions, p => Assert.Null(p.Amount));
        Assert.StartsWith("1 Stelle A 12, 2 Stellen A 11, 1/2 Stelle TVöD E 6; Summe wie in der Quelle angegeben (Quelle: Kostenaufstellung 2013 (Vorlage 2013))",
            statement.Lines[0].Explanation);
        Assert.Equal(100_000m, statement.Funding.Single(f => f.Subject == "Stelle (Sozial-)Pädagogik").Amount);
        Assert.Equal(50_000m, statement.Funding.Single(f => f.Subject == "Stelle Verwaltung").Amount);
        Assert.Equal(20_000m, statement.Funding.Single(f => f.Subject == "1/2 Stelle Verwaltungsassistenz").Amount);
    }

    [Fact]
    public void The_seed_file_gives_three_rule_sets_with_their_modes()
    {
        Assert.Equal(3, Scenarios2013.RuleSets.Count);
        Assert.All(Scenarios2013.Rules2012.Rows.Where(r => r.Kind == FundingRuleKind.Position), r => Assert.Equal(FundingMode.FixedAmount, r.Mode));
        Assert.Equal(170_000m, Scenarios2013.Rules2012.Rows.Single(r => r.Kind == FundingRuleKind.TotalCap).Cap);
        Assert.All(Scenarios2013.Rules2023.Rows.Where(r => r.Kind == FundingRuleKind.Position), r => Assert.Equal(FundingMode.FullFinancing, r.Mode));
        Assert.Equal(0.5m, Scenarios2013.Rules2023.Rows.Single(r => r.Subject == "1/2 Stelle Verwaltungsassistenz").UnitShare);
    }

    private static Scenario Scenario2023(decimal specialistCost, decimal assistantCost, int specialists = 6)
    {
        var positions = Enumerable.Range(0, specialists)
            .Select(_ => new PositionLine("Fachkraft", 1m, new EnteredAmount(specialistCost, "Test"), "Fachstelle (Kreis: bis zu 6)"))
            .Append(new PositionLine("TVöD E 6", 0.5m, new EnteredAmount(assistantCost, "Test"), "1/2 Stelle Verwaltungsassistenz"))
            .ToList();
        return new Scenario("KIZ 2024", new DateOnly(2024, 1, 1), positions, 0.30m, 0, 0, null, []);
    }

    [Fact]
    public void Under_the_2023_rules_costs_above_the_caps_get_the_caps()
    {
        var statement = Statement(Scenario2023(60_000m, 25_000m), Scenarios2013.Rules2023);

        Assert.Equal(6 * 57_000m + 22_500m, statement.StateFunding);
        Assert.Equal(6 * 60_000m + 25_000m, Line(statement, CostLineKind.Personnel));
        Assert.Equal(statement.Total - statement.StateFunding, statement.CountyShare);
    }

    [Fact]
    public void Under_the_2023_rules_costs_below_the_caps_are_financed_in_full_and_never_more()
    {
        var statement = Statement(Scenario2023(50_000m, 20_000m), Scenarios2013.Rules2023);

        Assert.Equal(6 * 50_000m + 20_000m, statement.StateFunding);
        var eligible = statement.Funding.Where(f => f.EligibleCost is not null).Sum(f => f.EligibleCost!.Value);
        Assert.True(statement.StateFunding <= eligible);
    }

    [Fact]
    public void Under_the_2023_rules_a_seventh_specialist_position_is_not_funded()
    {
        var statement = Statement(Scenario2023(60_000m, 25_000m, specialists: 7), Scenarios2013.Rules2023);

        Assert.Equal(6 * 57_000m + 22_500m, statement.StateFunding);
        Assert.Equal(6m, statement.Funding.Single(f => f.Subject.StartsWith("Fachstelle", StringComparison.Ordinal)).Units);
    }

    [Fact]
    public void A_fixed_amount_is_never_more_than_the_position_costs()
    {
        var scenario = new Scenario("Klein", new DateOnly(2013, 1, 1),
            [new PositionLine("Honorarkraft", 1m, new EnteredAmount(30_000m, "Test"), "Stelle Verwaltung")], 0m, 0, 0, null, []);

        var statement = Statement(scenario, Scenarios2013.Rules2012);

        Assert.Equal(30_000m, statement.StateFunding);
        Assert.Equal(0m, statement.CountyShare);
    }

    [Fact]
    public void Each_line_is_rounded_to_whole_euro_at_its_end()
    {
        var scenario = new Scenario("Rundung", new DateOnly(2013, 6, 1), [new PositionLine("A 11", 0.33m)], 0.3m, 1, 0, null, []);

        var statement = Statement(scenario, null);

        Assert.Equal(23_034m, Line(statement, CostLineKind.Personnel));   // 69 800 × 0.33 = 23 034
        Assert.Equal(6_910m, Line(statement, CostLineKind.Overhead));     // 23 034 × 0.3 = 6 910.2
    }

    [Theory]
    [InlineData("positions[0].share", 1.5, 0, 0.3)]
    [InlineData("positions[0].share", 0, 0, 0.3)]
    [InlineData("positions[0].amount", 0.5, -1, 0.3)]
    [InlineData("overheadShare", 0.5, 0, 1.2)]
    public void Invalid_scenarios_name_the_field(string field, double share, double amount, double overhead)
    {
        var scenario = new Scenario("Fehler", new DateOnly(2013, 1, 1),
            [new PositionLine("A 11", (decimal)share, amount < 0 ? new EnteredAmount((decimal)amount, null) : null)], (decimal)overhead, 0, 0, null, []);

        var result = CostCalculator.Calculate(scenario, [Scenarios2013.Rates2013], null);

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Field == field);
    }

    [Fact]
    public void A_pay_grade_missing_from_the_rate_table_is_an_error_not_a_guess()
    {
        var scenario = new Scenario("A 12", new DateOnly(2013, 1, 1), [new PositionLine("A 12", 1m)], 0.3m, 0, 0, null, []);

        var result = CostCalculator.Calculate(scenario, [Scenarios2013.Rates2013], null);

        Assert.Equal("positions[0].label", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Rates_come_from_the_table_valid_on_the_scenario_date()
    {
        var later = Scenarios2013.Rates2013 with { Name = "2014", ValidFrom = new DateOnly(2014, 1, 1), ValidTo = null, PayGradeRates = new Dictionary<string, decimal> { ["A11"] = 70_000m } };
        var scenario = new Scenario("2014", new DateOnly(2014, 3, 1), [new PositionLine("a 11", 1m)], 0m, 0, 0, null, []);

        var result = CostCalculator.Calculate(scenario, [Scenarios2013.Rates2013, later], null);

        Assert.Equal(70_000m, result.Statement!.Total);
        Assert.Equal("2014", result.Statement.RateTableName);
    }

    [Fact]
    public void Full_financing_needs_each_funded_position_to_have_its_own_cost()
    {
        var scenario = Scenarios2013.Kiz with
        {
            Date = new DateOnly(2024, 1, 1),
            Positions = [new PositionLine("A 11", 1m, FundingSubject: "Fachstelle (Kreis: bis zu 6)")],
            Workstations = 0,
            Offices = 0,
        };

        var result = CostCalculator.Calculate(scenario, [], Scenarios2013.Rules2023);

        Assert.Contains(result.Errors, e => e.Field == "positions[0].fundingSubject");
    }
}
