using Lotse.Data;

namespace Lotse.Features.Finance.Controlling;

/// <summary>A position funded in a period (e.g. "Leitung", A 12, full share) and when it was occupied.</summary>
public sealed class FundedPosition : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public Guid FundingPeriodId { get; set; }
    public required string Label { get; set; }
    public string? PayGrade { get; set; }
    /// <summary>Share of a full position, 0 &lt; share ≤ 1.</summary>
    public decimal Share { get; set; } = 1m;
    public decimal PlannedAnnualAmount { get; set; }
    /// <summary>A position can be vacant several times: each occupancy is its own period.</summary>
    public ICollection<PositionOccupancy> Occupancies { get; set; } = new List<PositionOccupancy>();
    public Guid ConcurrencyStamp { get; set; }
}

/// <summary>One period in which a funded position was occupied; <see cref="VacantFrom"/> is the first day it is vacant again.</summary>
public sealed class PositionOccupancy
{
    public Guid Id { get; set; }
    public Guid FundedPositionId { get; set; }
    public DateOnly OccupiedFrom { get; set; }
    public DateOnly? VacantFrom { get; set; }
}
