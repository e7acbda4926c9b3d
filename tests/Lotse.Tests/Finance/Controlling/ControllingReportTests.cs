using Lotse.Features.Finance.Controlling;

namespace Lotse.Tests.Finance.Controlling;

public sealed class ControllingReportTests
{
    private static readonly DateOnly Start = new(2014, 1, 1);
    private static readonly DateOnly End = new(2014, 12, 31);

    private static ControllingInput Input(
        IReadOnlyList<PositionPlan>? positions = null,
        IReadOnlyList<MonthAmount>? actuals = null,
        IReadOnlyList<MonthAmount>? plans = null,
        DeviationThreshold? threshold = null,
        decimal projectFunds = 12_000m) => new(
        Start, End,
        new Dictionary<FundingCategory, decimal> { [FundingCategory.Personnel] = 120_000m, [FundingCategory.ProjectFunds] = projectFunds },
        positions ?? [],
        plans ?? [],
        actuals ?? [],
        threshold ?? new DeviationThreshold(10m, 500m));

    private static MonthAmount Actual(int month, FundingCategory category, decimal amount, Guid? position = null) => new(2014, month, category, position, amount);

    [Fact]
    public void Approved_amounts_are_spread_evenly_over_the_months_of_the_period()
    {
        var report = ControllingReport.Compute(Input(), 2014, 3);
        var funds = report.Categories.Single(c => c.Category == FundingCategory.ProjectFunds);

        Assert.Equal(1_000m, funds.MonthPlan);
        Assert.Equal(3_000m, funds.YearToDatePlan);
        Assert.Equal(12_000m, funds.YearPlan);
    }

    [Fact]
    public void Projection_is_the_actual_so_far_plus_the_plan_of_the_remaining_months()
    {
        var actuals = new[] { Actual(1, FundingCategory.ProjectFunds, 500m), Actual(2, FundingCategory.ProjectFunds, 2_500m), Actual(3, FundingCategory.ProjectFunds, 0m) };
        var report = ControllingReport.Compute(Input(actuals: actuals), 2014, 3);
        var funds = report.Categories.Single(c => c.Category == FundingCategory.ProjectFunds);

        Assert.Equal(3_000m, funds.YearToDateActual);
        Assert.Equal(3_000m + 9 * 1_000m, funds.Projection);
        Assert.Equal(3_000m, funds.SpentInPeriod);
        Assert.Equal(12_000m - 3_000m, funds.Remaining);
    }

    [Fact]
    public void A_vacancy_reduces_the_personnel_plan_by_the_vacant_days()
    {
        var id = Guid.NewGuid();
        // Vacant from 16 April to 31 May, occupied again from 1 June.
        var position = new PositionPlan(id, "Fachkraft", 60_000m,
            [new OccupancyPeriod(new DateOnly(2014, 1, 1), new DateOnly(2014, 4, 16)), new OccupancyPeriod(new DateOnly(2014, 6, 1), null)]);
        var input = Input(positions: [position]);

        Assert.Equal(5_000m, ControllingReport.Compute(input, 2014, 3).Positions.Single().MonthPlan);
        Assert.Equal(2_500m, ControllingReport.Compute(input, 2014, 4).Positions.Single().MonthPlan);
        Assert.Equal(0m, ControllingReport.Compute(input, 2014, 5).Positions.Single().MonthPlan);
        Assert.Equal(5_000m, ControllingReport.Compute(input, 2014, 6).Positions.Single().MonthPlan);
        var year = ControllingReport.Compute(input, 2014, 12);
        Assert.Equal(60_000m - 2_500m - 5_000m, year.Positions.Single().YearPlan);
        // The personnel category plans what its positions plan, not the evenly spread approval.
        Assert.Equal(year.Positions.Single().YearPlan, year.Categories.Single(c => c.Category == FundingCategory.Personnel).YearPlan);
    }

    [Fact]
    public void A_plan_entered_for_a_month_replaces_the_computed_one()
    {
        var input = Input(plans: [new MonthAmount(2014, 2, FundingCategory.ProjectFunds, null, 4_000m)]);
        var report = ControllingReport.Compute(input, 2014, 2);

        Assert.Equal(4_000m, report.Categories.Single(c => c.Category == FundingCategory.ProjectFunds).MonthPlan);
        Assert.Equal(5_000m, report.Categories.Single(c => c.Category == FundingCategory.ProjectFunds).YearToDatePlan);
    }

    [Theory]
    // Plan 1 000 in March: 1 200 is 20 % and 200 € over – under the 500 € minimum, not flagged.
    [InlineData(1_200, 10, 500, false)]
    // 1 600 is 60 % and 600 € over: flagged.
    [InlineData(1_600, 10, 500, true)]
    // 1 050 is 5 % and 50 € over, below a 10 % / 40 € threshold's percentage: not flagged.
    [InlineData(1_050, 10, 40, false)]
    // 1 150 is 15 % and 150 € over a 10 % / 100 € threshold: flagged.
    [InlineData(1_150, 10, 100, true)]
    // Underspending counts as well: 300 is 70 % and 700 € under.
    [InlineData(300, 10, 500, true)]
    public void A_deviation_is_flagged_above_the_threshold_and_not_below(decimal actual, decimal percent, decimal minimum, bool flagged)
    {
        // January and February as planned, so the year to date deviates by the same amount as March.
        var input = Input(
            actuals: [Actual(1, FundingCategory.ProjectFunds, 1_000m), Actual(2, FundingCategory.ProjectFunds, 1_000m), Actual(3, FundingCategory.ProjectFunds, actual)],
            threshold: new DeviationThreshold(percent, minimum));
        var funds = ControllingReport.Compute(input, 2014, 3).Categories.Single(c => c.Category == FundingCategory.ProjectFunds);

        Assert.Equal(flagged, funds.MonthDeviation.Flagged);
        Assert.Equal(actual - 1_000m, funds.MonthDeviation.Amount);
        Assert.Equal(actual - 1_000m, funds.YearToDateDeviation.Amount);
        if (flagged)
            Assert.Contains(funds, ControllingReport.Compute(input, 2014, 3).Flagged);
    }

    [Fact]
    public void Spending_without_a_plan_is_flagged_once_it_reaches_the_minimum()
    {
        var input = Input(actuals: [Actual(3, FundingCategory.Other, 800m)]);
        var other = ControllingReport.Compute(input, 2014, 3).Categories.Single(c => c.Category == FundingCategory.Other);

        Assert.True(other.MonthDeviation.Flagged);
        Assert.Null(other.MonthDeviation.Percent);
    }

    [Fact]
    public void A_report_month_outside_the_period_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ControllingReport.Compute(Input(), 2015, 1));
    }
}
