using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lotse.Features.Operations.Uploads;

/// <summary>
/// Degraded (still 200: reading and editing work) when the configured clamd does not answer, because every upload is
/// refused until it does; monitoring sees it before the editors do. Healthy without a configured scanner.
/// </summary>
public sealed class VirusScannerHealthCheck(UploadScanner scanner) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await scanner.AnswersAsync(cancellationToken) switch
        {
            null => HealthCheckResult.Healthy(),
            true => HealthCheckResult.Healthy("Virenscanner bereit."),
            false => HealthCheckResult.Degraded("Virenscanner nicht erreichbar: Uploads werden abgelehnt."),
        };
}
