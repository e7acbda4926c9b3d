namespace Lotse.Features.Operations;

/// <summary>
/// Security headers on every response. The CSP allows only this origin and no inline script or
/// style; the API reference page (Scalar) needs inline script and gets its own, looser policy.
/// </summary>
public static class SecurityHeaders
{
    private const string StrictPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs") ? ApiReferencePolicy : StrictPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                // A JSON answer opened directly in a browser is saved, never shown as a page (ASVS V14.4.2: no reflected file download).
                if (IsApiJson(context) && !headers.ContainsKey("Content-Disposition"))
                    headers.ContentDisposition = "attachment; filename=\"api.json\"";
                return Task.CompletedTask;
            });
            return next(context);
        });
    private static bool IsApiJson(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/api/docs") &&
        context.Response.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;
}
