namespace Lotse.Features.Finance.Controlling;

/// <summary>Plan against actual of one deviation check: actual − plan, and its share of the plan (null when the plan is 0).</summary>
public sealed record Deviation(decimal Amount, decimal? Percent, bool Flagged)
{
    public bool Over => Amount > 0;
}

/// <summary>One row of the report: a cost category, or one funded position (Category = Personnel).</summary>
public sealed record ControllingLine(
    FundingCategory Category,
    Guid? PositionId,
    string? PositionLabel,
    decimal Approved,
    decimal MonthPlan,
    decimal MonthActual,
    decimal YearToDatePlan,
    decimal YearToDateActual,
    decimal Projection,
    decimal YearPlan,
    decimal SpentInPeriod,
    Deviation MonthDeviation,
    Deviation YearToDateDeviation)
{
    /// <summary>Approved minus spent since the start of the period; positions have no approval of their own (0).</summary>
    public decimal Remaining => Approved - SpentInPeriod;
}

/// <summary>Plan and actual of all categories in one month of the report year.</summary>
public sealed record ControllingMonth(int Year, int Month, decimal Plan, decimal? Actual);

/// <summary>
/// The monthly funding controlling report (Förderplancontrolling) of one funding period for one report month.
/// <para>Plan per month: an amount entered for the month wins. Otherwise a category's approved amount is spread
/// evenly over the months of the period, except personnel: each position plans 1/12 of its annual amount per month,
/// reduced by the share of the month's days it is vacant; the personnel category plans the sum of its positions
/// (the evenly spread approval only when no position is recorded).</para>
/// <para>Year to date: the months of the report year inside the period, up to and including the report month.
/// Projection to year end = actual so far this year + the plan of the remaining months of the year inside the period.
/// Spent = all actuals from the start of the period to the end of the report month; remaining = approved − spent.</para>
/// </summary>
public sealed class ControllingReport
{
    public required int Year { get; init; }
    public required int Month { get; init; }
    public required IReadOnlyList<ControllingLine> Categories { get; init; }
    public required IReadOnlyList<ControllingLine> Positions { get; init; }
    public required ControllingLine Total { get; init; }
    public required IReadOnlyList<ControllingMonth> Months { get; init; }

    public IEnumerable<ControllingLine> Flagged =>
        Categories.Concat(Positions).Where(l => l.MonthDeviation.Flagged || l.YearToDateDeviation.Flagged);

    /// <summary>The months (first days) from the period's first to its last month.</summary>
    public static IReadOnlyList<DateOnly> MonthsOf(DateOnly startsOn, DateOnly endsOn)
    {
        var months = new List<DateOnly>();
        for (var m = new DateOnly(startsOn.Year, startsOn.Month, 1); m <= endsOn; m = m.AddMonths(1))
            months.Add(m);
        return months;
    }

    public static ControllingReport Compute(ControllingInput input, int year, int month)
    {
        var reportMonth = new DateOnly(year, month, 1);
        var months = MonthsOf(input.StartsOn, input.EndsOn);
        if (!months.Contains(reportMonth))
            throw new ArgumentOutOfRangeException(nameof(month), "The report month lies outside the funding period.");
        var plan = new PlanTable(input, months);

        var yearMonths = months.Where(m => m.Year == year).ToList();
        var toDate = yearMonths.Where(m => m <= reportMonth).ToList();
        var rest = yearMonths.Where(m => m > reportMonth).ToList();
        var sincePeriodStart = months.Where(m => m <= reportMonth).ToList();

        ControllingLine Line(FundingCategory category, Guid? positionId, string? label, decimal approved)
        {
            decimal Plan(DateOnly m) => plan.For(m, category, positionId);
            decimal Actual(DateOnly m) => input.Actuals
                .Where(a => a.Year == m.Year && a.Month == m.Month && a.Category == category && (positionId is null || a.PositionId == positionId))
                .Sum(a => a.Amount);
            var monthPlan = Plan(reportMonth);
            var monthActual = Actual(reportMonth);
            var ytdPlan = toDate.Sum(Plan);
            var ytdActual = toDate.Sum(Actual);
            return new ControllingLine(category, positionId, label, approved,
                monthPlan, monthActual, ytdPlan, ytdActual,
                Projection: ytdActual + rest.Sum(Plan),
                YearPlan: yearMonths.Sum(Plan),
                SpentInPeriod: sincePeriodStart.Sum(Actual),
                Check(monthPlan, monthActual, input.Threshold),
                Check(ytdPlan, ytdActual, input.Threshold));
        }

        var categories = Enum.GetValues<FundingCategory>()
            .Select(c => Line(c, null, null, input.Approved.GetValueOrDefault(c)))
            .ToList();
        var positions = input.Positions.Select(p => Line(FundingCategory.Personnel, p.Id, p.Label, 0m)).ToList();
        var total = new ControllingLine(FundingCategory.Personnel, null, null,
            categories.Sum(l => l.Approved), categories.Sum(l => l.MonthPlan), categories.Sum(l => l.MonthActual),
            categories.Sum(l => l.YearToDatePlan), categories.Sum(l => l.YearToDateActual), categories.Sum(l => l.Projection),
            categories.Sum(l => l.YearPlan), categories.Sum(l => l.SpentInPeriod),
            Check(categories.Sum(l => l.MonthPlan), categories.Sum(l => l.MonthActual), input.Threshold),
            Check(categories.Sum(l => l.YearToDatePlan), categories.Sum(l => l.YearToDateActual), input.Threshold));
        var series = yearMonths.Select(m => new ControllingMonth(m.Year, m.Month,
            Enum.GetValues<FundingCategory>().Sum(c => plan.For(m, c, null)),
            m <= reportMonth ? input.Actuals.Where(a => a.Year == m.Year && a.Month == m.Month).Sum(a => a.Amount) : null)).ToList();
        return new ControllingReport { Year = year, Month = month, Categories = categories, Positions = positions, Total = total, Months = series };
    }

    /// <summary>Flagged when |actual − plan| reaches the minimum amount and the percentage of the plan (any amount over a plan of 0).</summary>
    public static Deviation Check(decimal plan, decimal actual, DeviationThreshold threshold)
    {
        var amount = actual - plan;
        decimal? percent = plan == 0 ? null : Math.Round(amount * 100m / plan, 1);
        var flagged = amount != 0 && Math.Abs(amount) >= threshold.MinimumAmount && (percent is null || Math.Abs(percent.Value) >= threshold.Percent);
        return new Deviation(amount, percent, flagged);
    }

    /// <summary>The planned amount per month, category and position, with the defaults described on the report.</summary>
    private sealed class PlanTable(ControllingInput input, IReadOnlyList<DateOnly> months)
    {
        public decimal For(DateOnly month, FundingCategory category, Guid? positionId)
        {
            var entered = input.PlanOverrides.FirstOrDefault(p =>
                p.Year == month.Year && p.Month == month.Month && p.Category == category && p.PositionId == positionId);
            if (entered is not null)
                return entered.Amount;
            if (positionId is { } id)
                return input.Positions.FirstOrDefault(p => p.Id == id) is { } position ? PositionDefault(position, month) : 0m;
            if (category == FundingCategory.Personnel && input.Positions.Count > 0)
                return input.Positions.Sum(p => For(month, category, p.Id));
            return Math.Round(input.Approved.GetValueOrDefault(category) / months.Count, 2);
        }

        private decimal PositionDefault(PositionPlan position, DateOnly month)
        {
            var first = month;
            var last = month.AddMonths(1).AddDays(-1);
            var days = last.Day;
            var occupied = 0;
            for (var day = first; day <= last; day = day.AddDays(1))
                if (day >= input.StartsOn && day <= input.EndsOn && position.Occupancies.Any(o => day >= o.OccupiedFrom && (o.VacantFrom is null || day < o.VacantFrom)))
                    occupied++;
            return Math.Round(position.PlannedAnnualAmount / 12m * occupied / days, 2);
        }
    }
}
