namespace Lotse.Features.Finance.CostModel;

/// <summary>
/// What a cost scenario consists of, as the calculation reads it. Amounts in euro per year.
/// </summary>
/// <param name="Date">Rates are taken from the rate table valid on this date.</param>
/// <param name="OverheadShare">Overhead as a share of personnel costs, e.g. 0.30.</param>
/// <param name="PersonnelTotal">
/// The personnel cost of all positions as a source gives it, when the source does not price them one by one
/// (then no position has its own amount and none is priced from the rate table).
/// </param>
public sealed record Scenario(
    string Name,
    DateOnly Date,
    IReadOnlyList<PositionLine> Positions,
    decimal OverheadShare,
    int Workstations,
    int Offices,
    EnteredAmount? ProjectFunds,
    IReadOnlyList<OtherLine> OtherLines,
    EnteredAmount? PersonnelTotal = null);

/// <summary>A position or part of one: a pay grade ("A 11", "TVöD E 6") or a free label.</summary>
/// <param name="Share">Share of a full position, more than 0 and at most 1.</param>
/// <param name="Amount">Entered directly instead of the rate table's rate × share.</param>
/// <param name="FundingSubject">The funding rule row (its subject) the position is funded under, if any.</param>
public sealed record PositionLine(string Label, decimal Share, EnteredAmount? Amount = null, string? FundingSubject = null);

/// <summary>A further cost line with a free label, entered with its source.</summary>
public sealed record OtherLine(string Label, EnteredAmount Amount, string? FundingSubject = null);

/// <summary>An amount entered directly, with where it comes from.</summary>
public sealed record EnteredAmount(decimal Amount, string? Source);
