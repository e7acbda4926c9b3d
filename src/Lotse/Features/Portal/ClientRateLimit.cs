using System.Threading.RateLimiting;

namespace Lotse.Features.Portal;

/// <summary>
/// Posts per client address and fixed window for a public form without login. The form's handler asks it
/// (instead of the rate-limiting middleware) so that a refusal is the form's own page in the visitor's
/// language with status 429. The address is only the in-memory partition key and is never stored.
/// </summary>
public abstract class ClientRateLimit : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    protected ClientRateLimit(int permitLimit, TimeSpan window) =>
        _limiter = PartitionedRateLimiter.Create<string, string>(address =>
            RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, permitLimit),
                Window = window > TimeSpan.Zero ? window : TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));

    /// <summary>True if the client may post now (and counts this post).</summary>
    public bool TryAcquire(HttpContext context) => TryAcquire(context, out _);

    /// <summary>As <see cref="TryAcquire(HttpContext)"/>; on refusal also how long until the window opens again, when the limiter knows.</summary>
    public bool TryAcquire(HttpContext context, out TimeSpan? retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        retryAfter = !lease.IsAcquired && lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null;
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _limiter.Dispose();
        GC.SuppressFinalize(this);
    }
}
