namespace Lotse.Features.Finance.Controlling;

/// <summary>Everything the controlling report needs of one funding period, with no database behind it.</summary>
public sealed record ControllingInput(
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyDictionary<FundingCategory, decimal> Approved,
    IReadOnlyList<PositionPlan> Positions,
    IReadOnlyList<MonthAmount> PlanOverrides,
    IReadOnlyList<MonthAmount> Actuals,
    DeviationThreshold Threshold);

/// <summary>A funded position and the periods it was occupied; between them it was vacant.</summary>
public sealed record PositionPlan(Guid Id, string Label, decimal PlannedAnnualAmount, IReadOnlyList<OccupancyPeriod> Occupancies);

/// <param name="VacantFrom">First day the position is vacant again; null while still occupied.</param>
public sealed record OccupancyPeriod(DateOnly OccupiedFrom, DateOnly? VacantFrom);

/// <summary>An amount of one month for a category, or for one position (personnel only).</summary>
public sealed record MonthAmount(int Year, int Month, FundingCategory Category, Guid? PositionId, decimal Amount);

/// <summary>A deviation is flagged when it reaches both the percentage of the plan and the minimum amount.</summary>
public sealed record DeviationThreshold(decimal Percent, decimal MinimumAmount)
{
    public static readonly DeviationThreshold Default = new(10m, 500m);
}
