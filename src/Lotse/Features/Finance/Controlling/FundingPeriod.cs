using Lotse.Data;

namespace Lotse.Features.Finance.Controlling;

/// <summary>An approved funding period of the KIZ (Bewilligungszeitraum) with its approved amounts per cost category.</summary>
public sealed class FundingPeriod : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    /// <summary>The approval notice's reference (Aktenzeichen des Bescheids).</summary>
    public string? ApprovalReference { get; set; }
    /// <summary>Deviations from the plan are flagged from this percentage …</summary>
    public decimal DeviationPercent { get; set; } = DeviationThreshold.Default.Percent;
    /// <summary>… and this amount in euro on.</summary>
    public decimal DeviationMinimum { get; set; } = DeviationThreshold.Default.MinimumAmount;
    /// <summary>Demo values, shown with a "Beispiel" badge.</summary>
    public bool IsExample { get; set; }
    public ICollection<FundingBudget> Budgets { get; set; } = new List<FundingBudget>();
    public ICollection<FundedPosition> Positions { get; set; } = new List<FundedPosition>();
    public ICollection<ControllingAmount> Amounts { get; set; } = new List<ControllingAmount>();
    public DateTime LastModified { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    public bool Contains(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first <= EndsOn && first.AddMonths(1) > StartsOn;
    }
}

/// <summary>The approved amount of one cost category in a funding period.</summary>
public sealed class FundingBudget
{
    public Guid Id { get; set; }
    public Guid FundingPeriodId { get; set; }
    public FundingCategory Category { get; set; }
    public decimal Approved { get; set; }
}
