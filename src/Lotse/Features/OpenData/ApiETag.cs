using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Lotse.Features.OpenData;

/// <summary>
/// ETag for every successful GET answer of /api/*: a hash of the body, so it changes exactly when the
/// answer does. A request whose If-None-Match names it gets 304 without the body.
/// </summary>
public static class ApiETag
{
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        return HttpMethods.IsGet(context.HttpContext.Request.Method) && result is IResult inner ? new Tagged(inner) : result;
    }

    private sealed class Tagged(IResult inner) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            var original = response.Body;
            using var buffer = new MemoryStream();
            response.Body = buffer;
            try
            {
                await inner.ExecuteAsync(httpContext);
            }
            finally
            {
                response.Body = original;
            }
            if (response.StatusCode != StatusCodes.Status200OK)
            {
                buffer.Position = 0;
                await buffer.CopyToAsync(original, httpContext.RequestAborted);
                return;
            }
            var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..16])}\"");
            response.Headers.ETag = tag.ToString();
            var ifNoneMatch = httpContext.Request.GetTypedHeaders().IfNoneMatch;
            if (ifNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(tag, useStrongComparison: false)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
            response.ContentLength = buffer.Length;
            buffer.Position = 0;
            await buffer.CopyToAsync(original, httpContext.RequestAborted);
        }
    }
}
