using Lotse.Features.Search.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lotse.Features.Search;

/// <summary>
/// Healthy once the search index can answer (opened or built, caught up with the change log); Degraded while
/// it is rebuilt after damage but searches still answer, or while it cannot take changes (e.g. a full disk);
/// Unhealthy while searches have to wait for it.
/// </summary>
public sealed class SearchIndexHealthCheck(SearchIndex index) : IHealthCheck
{
    public const string Name = "searchIndex";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check());

    private HealthCheckResult Check()
    {
        var rebuilding = index.RebuildReason is not null;
        if (!index.IsReady)
            return HealthCheckResult.Unhealthy(rebuilding ? "Suchindex wird neu aufgebaut; die Suche wartet darauf" : "Suchindex wird aufgebaut");
        if (rebuilding)
            return HealthCheckResult.Degraded("Suchindex wird neu aufgebaut; die Suche antwortet bis dahin aus dem bisherigen Index");
        if (index.Problem is { } problem)
            return HealthCheckResult.Degraded($"{problem}; die Suche antwortet aus dem bisherigen Stand");
        return HealthCheckResult.Healthy($"Suchindex bereit (Änderungsprotokoll bis {index.AppliedSequence})");
    }
}
