namespace Lotse.Features.Finance.CostModel;

/// <summary>
/// The cost table of a scenario (Kostenaufstellung): lines with their explanation, the total, the state
/// funding per rule row and the county share. Every amount is in whole euro.
/// </summary>
public sealed record CostStatement(
    string ScenarioName,
    DateOnly Date,
    string? RateTableName,
    string? FundingRulesName,
    IReadOnlyList<StatementLine> Lines,
    IReadOnlyList<PositionCost> Positions,
    decimal Total,
    IReadOnlyList<FundingLine> Funding,
    decimal StateFunding,
    decimal CountyShare,
    IReadOnlyList<string> Notes);

public sealed record StatementLine(CostLineKind Kind, string Label, decimal Amount, string Explanation);

/// <summary>One position of the personnel line; <paramref name="Amount"/> is null when the source gives only the sum.</summary>
public sealed record PositionCost(string Label, decimal Share, decimal? Amount, string Explanation, string? FundingSubject);

/// <param name="Units">Units counted under the row (after its position limit).</param>
/// <param name="EligibleCost">The cost of the lines funded under the row, when known.</param>
public sealed record FundingLine(string Subject, FundingMode Mode, decimal? Cap, int? MaxCount, decimal Units, decimal? EligibleCost, decimal Amount, string Explanation);

public enum CostLineKind
{
    Personnel,
    Overhead,
    Workstations,
    Offices,
    ProjectFunds,
    Other,
}
