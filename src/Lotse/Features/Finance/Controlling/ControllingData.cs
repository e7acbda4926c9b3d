using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Finance.Controlling;

/// <summary>Loads a funding period with everything the report needs, and turns it into the report's input.</summary>
public static class ControllingData
{
    public static Task<FundingPeriod?> LoadAsync(LotseDbContext db, Guid id, bool track, CancellationToken cancellationToken)
    {
        var query = db.FundingPeriods
            .Include(p => p.Budgets)
            .Include(p => p.Positions).ThenInclude(p => p.Occupancies)
            .Include(p => p.Amounts)
            .AsSplitQuery();
        return (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    public static ControllingInput InputOf(FundingPeriod period) => new(
        period.StartsOn,
        period.EndsOn,
        period.Budgets.ToDictionary(b => b.Category, b => b.Approved),
        period.Positions.OrderBy(p => p.Label).Select(p => new PositionPlan(p.Id, p.Label, p.PlannedAnnualAmount,
            p.Occupancies.OrderBy(o => o.OccupiedFrom).Select(o => new OccupancyPeriod(o.OccupiedFrom, o.VacantFrom)).ToList())).ToList(),
        period.Amounts.Where(a => a.Kind == ControllingAmountKind.Plan).Select(ToMonthAmount).ToList(),
        period.Amounts.Where(a => a.Kind == ControllingAmountKind.Actual).Select(ToMonthAmount).ToList(),
        new DeviationThreshold(period.DeviationPercent, period.DeviationMinimum));

    private static MonthAmount ToMonthAmount(ControllingAmount a) => new(a.Year, a.Month, a.Category, a.FundedPositionId, a.Amount);

    /// <summary>"2014-03" → March 2014 when it lies in the period; otherwise the latest month with actuals, else the first month.</summary>
    public static DateOnly ReportMonth(FundingPeriod period, string? value)
    {
        var months = ControllingReport.MonthsOf(period.StartsOn, period.EndsOn);
        if (TryParseMonth(value) is { } parsed && months.Contains(parsed))
            return parsed;
        var latest = period.Amounts.Where(a => a.Kind == ControllingAmountKind.Actual)
            .Select(a => new DateOnly(a.Year, a.Month, 1)).Where(months.Contains).DefaultIfEmpty(months[0]).Max();
        return latest;
    }

    public static DateOnly? TryParseMonth(string? value) =>
        value is { Length: 7 } && int.TryParse(value[..4], out var y) && value[4] == '-' && int.TryParse(value[5..], out var m) && y is >= 2000 and <= 2100 && m is >= 1 and <= 12
            ? new DateOnly(y, m, 1)
            : null;

    public static string MonthKey(DateOnly month) => $"{month.Year:D4}-{month.Month:D2}";
}
