namespace Lotse.Features.Planning.Application;

/// <summary>One row of the application's cost and financing plan (Kosten- und Finanzierungsplan).</summary>
public sealed record CostPlanRow(string Label, decimal Amount);

/// <summary>
/// The cost and financing plan for the dossier, provided by the finance area once it exists. Without a
/// registered implementation, or when it answers null, the dossier says the plan is not yet available.
/// </summary>
public interface IApplicationCostPlan
{
    Task<IReadOnlyList<CostPlanRow>?> RowsAsync(Guid applicationId, CancellationToken cancellationToken);
}
