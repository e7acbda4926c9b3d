using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Lotse.Features.OpenData.Feeds;

/// <summary>
/// Conditional GET for feeds: the ETag is a hash of the body (the bodies are deterministic: no "generated now"
/// stamps), Last-Modified the newest change listed. Feed readers poll; an unchanged feed costs a 304.
/// </summary>
public static class FeedCaching
{
    public static IResult Respond(HttpContext context, byte[] body, string contentType, DateTimeOffset? lastModified, string? fileName = null)
    {
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..32] + "\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        // Readers should revalidate: a change must show up at the next poll.
        headers.CacheControl = new CacheControlHeaderValue { Public = true, NoCache = true };
        var modified = lastModified is { } m ? new DateTimeOffset(m.UtcDateTime.Ticks - m.UtcDateTime.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero) : (DateTimeOffset?)null;
        if (modified is not null)
            headers.LastModified = modified;

        var request = context.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch is { Count: > 0 } tags
            ? tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false))
            : modified is not null && request.IfModifiedSince is { } since && modified <= since;
        if (notModified)
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return fileName is null ? Results.Bytes(body, contentType) : Results.File(body, contentType, fileName);
    }
}
