using System.Security.Claims;
using Microsoft.AspNetCore.Diagnostics;

namespace Lotse.Features.Accounts;

/// <summary>
/// Every 403 answered to a signed-in user is a security event (OWASP ASVS 4.0 V7.2.2): a policy the page asks for
/// or a Forbid() of a handler (an entry outside the caller's scope). The event names the account by its id and
/// roles and the request by method and path; the query string is left out, since it may hold search terms.
/// </summary>
public static class AccessDenialLog
{
    public static readonly EventId AccessDenied = new(4030, nameof(AccessDenied));

    /// <summary>Between authentication and authorization, so it sees the user and every refusal after it.</summary>
    public static IApplicationBuilder UseAccessDenialLog(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AccessDenialLog).FullName!);
        return app.Use(async (context, next) =>
        {
            await next(context);
            // The back office's status page runs the pipeline again for the same refusal: log it once.
            if (context.Response.StatusCode != StatusCodes.Status403Forbidden ||
                context.User.Identity?.IsAuthenticated != true ||
                context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
                return;
            var roles = string.Join(", ", context.User.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
            log.LogWarning(AccessDenied, "Access denied: account {UserId} with roles {Roles} refused {Method} {Path}",
                context.User.FindFirstValue(ClaimTypes.NameIdentifier), roles, context.Request.Method,
                context.Request.PathBase.Add(context.Request.Path).Value);
        });
    }
}
