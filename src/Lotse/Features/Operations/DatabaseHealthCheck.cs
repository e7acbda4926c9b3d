using Lotse.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lotse.Features.Operations;

/// <summary>Healthy when the database answers and has no pending migrations.</summary>
public sealed class DatabaseHealthCheck(LotseDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("Datenbank nicht erreichbar.");
            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            return pending.Any()
                ? HealthCheckResult.Unhealthy("Datenbank-Migrationen stehen aus.")
                : HealthCheckResult.Healthy("Datenbank bereit.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Datenbank nicht erreichbar.", exception);
        }
    }
}
