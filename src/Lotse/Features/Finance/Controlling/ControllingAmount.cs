namespace Lotse.Features.Finance.Controlling;

public enum ControllingAmountKind
{
    /// <summary>A monthly plan entered by hand, instead of the computed default.</summary>
    Plan,
    Actual,
}

/// <summary>A planned or actual amount of one month, for a category or (personnel) one funded position.</summary>
public sealed class ControllingAmount
{
    public Guid Id { get; set; }
    public Guid FundingPeriodId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public FundingCategory Category { get; set; }
    public Guid? FundedPositionId { get; set; }
    public ControllingAmountKind Kind { get; set; }
    public decimal Amount { get; set; }
}
