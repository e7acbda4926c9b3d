using System.Threading.RateLimiting;
using Lotse.Features.Editorial.Freshness;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Portal.Confirmation;

/// <summary>
/// Requests per minute and client address to the public confirmation page. The page asks this limiter
/// itself (instead of the rate-limiting middleware) so that a refused request gets the page's own German
/// answer with status 429.
/// </summary>
public sealed class ConfirmationRateLimit(IOptions<FreshnessOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.ConfirmationRequestsPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public bool TryAcquire(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
