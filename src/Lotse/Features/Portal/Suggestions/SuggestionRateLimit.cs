using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Portal.Suggestions;

/// <summary>The <c>Lotse:Suggestions</c> configuration section.</summary>
public sealed class SuggestionOptions
{
    public const string Section = "Lotse:Suggestions";

    /// <summary>Suggestions one address may send per <see cref="WindowMinutes"/>.</summary>
    public int PermitLimit { get; set; } = 5;

    public int WindowMinutes { get; set; } = 10;
}

/// <summary>
/// Limits suggestion posts per client address. Taken in the form's handler rather than by the rate-limiting
/// middleware so the refusal is the form's own German page. The address is used only as the in-memory
/// partition key and is never stored.
/// </summary>
public sealed class SuggestionRateLimit : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SuggestionRateLimit(IOptions<SuggestionOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, settings.PermitLimit),
                Window = TimeSpan.FromMinutes(Math.Max(1, settings.WindowMinutes)),
                QueueLimit = 0,
            }));
    }

    /// <summary>True if the client may post another suggestion now (and counts this one).</summary>
    public bool TryAcquire(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
