using Lotse.Features.Search.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lotse.Features.Search;

/// <summary>Healthy once the search index can answer (opened or built, caught up with the change log).</summary>
public sealed class SearchIndexHealthCheck(SearchIndex index) : IHealthCheck
{
    public const string Name = "searchIndex";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.IsReady
            ? HealthCheckResult.Healthy($"Suchindex bereit (Änderungsprotokoll bis {index.AppliedSequence})")
            : HealthCheckResult.Unhealthy("Suchindex wird aufgebaut"));
}
