namespace Lotse.Features.Finance.CostModel;

/// <summary>A German message about one field of a scenario; <paramref name="Field"/> is its path, e.g. "positions[2].share".</summary>
public sealed record CostError(string Field, string Message);

/// <summary>Either a statement or the reasons why there is none.</summary>
public sealed record CostResult(CostStatement? Statement, IReadOnlyList<CostError> Errors)
{
    public bool IsValid => Statement is not null;
}
