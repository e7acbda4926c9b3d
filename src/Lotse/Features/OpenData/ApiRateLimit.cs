using Lotse.Features.Portal;
using Microsoft.Extensions.Options;

namespace Lotse.Features.OpenData;

/// <summary>
/// Requests per client address and minute on /api/* (<see cref="ApiOptions.RequestsPerMinute"/>). The
/// address is the one the forwarded headers of a known reverse proxy name (Operations/ReverseProxy.cs).
/// A refusal is 429 with Retry-After and a German problem+json. 0 switches the limit off (benchmarks).
/// </summary>
public sealed class ApiRateLimit(IOptions<ApiOptions> options)
    : ClientRateLimit(options.Value.RequestsPerMinute, TimeSpan.FromMinutes(1))
{
    private readonly bool _enabled = options.Value.RequestsPerMinute > 0;

    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var limit = context.HttpContext.RequestServices.GetRequiredService<ApiRateLimit>();
        if (!limit._enabled || limit.TryAcquire(context.HttpContext, out var retryAfter))
            return await next(context);
        var seconds = (int)Math.Ceiling((retryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds);
        context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Zu viele Anfragen",
            detail: $"Von Ihrer Adresse kamen in der letzten Minute zu viele Anfragen. Bitte versuchen Sie es in {Math.Max(1, seconds)} Sekunden noch einmal.");
    }
}
