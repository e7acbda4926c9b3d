using System.Threading.RateLimiting;

namespace Lotse.Features.Portal.Accessibility;

/// <summary>
/// At most five feedback posts per client address in ten minutes. Taken in the handler so the refusal is the
/// form's own German page; the address is only the in-memory partition key and is never stored.
/// </summary>
public sealed class AccessibilityFeedbackRateLimit : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = 5,
            Window = TimeSpan.FromMinutes(10),
            QueueLimit = 0,
        }));

    /// <summary>True if the client may send another message now (and counts this one).</summary>
    public bool TryAcquire(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
