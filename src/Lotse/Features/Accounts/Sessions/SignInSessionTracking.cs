using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Accounts.Sessions;

/// <summary>
/// Ties the sign-in cookie to a row of <see cref="SignInSessions"/>: a sign-in records one (its id travels in the
/// cookie's properties, which a renewal keeps), every request checks that it still exists. The sign-out page removes
/// the account's rows (it ends all of its sessions anyway).
/// A cookie without a session id (issued before this rule) or with an ended one no longer signs in.
/// </summary>
public static class SignInSessionTracking
{
    private const string SessionKey = "lotse.session";
    private static readonly object CurrentKey = new();

    /// <summary>The id of the session the request came with, once the cookie has been checked.</summary>
    public static Guid? CurrentSession(HttpContext context) => context.Items[CurrentKey] as Guid?;

    /// <summary>Adds the session rule to the cookie's events, after whatever Identity and the lifetime rule check.</summary>
    public static void Apply(CookieAuthenticationOptions options)
    {
        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = async context =>
        {
            await signingIn(context);
            if (context.Principal is not { } principal || UserId(context.HttpContext, principal) is not { } userId)
                return;
            var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
            var id = await context.HttpContext.RequestServices.GetRequiredService<SignInSessions>().StartAsync(
                SessionOf(context.Properties), userId, principal.FindFirstValue(claims.SecurityStampClaimType) ?? "",
                context.HttpContext.Request.Headers.UserAgent.ToString(), context.HttpContext.RequestAborted);
            context.Properties.Items[SessionKey] = id.ToString("N");
            context.HttpContext.Items[CurrentKey] = id;
        };

        var validate = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            await validate(context);
            if (context.Principal is not { } principal)
                return;   // already refused (security stamp, lifetime)
            var userId = UserId(context.HttpContext, principal);
            if (SessionOf(context.Properties) is not { } sessionId || userId is null ||
                !await context.HttpContext.RequestServices.GetRequiredService<SignInSessions>().ContinueAsync(sessionId, userId.Value, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }
            context.HttpContext.Items[CurrentKey] = sessionId;
        };
    }

    private static Guid? SessionOf(AuthenticationProperties? properties) =>
        properties?.Items.TryGetValue(SessionKey, out var value) == true && Guid.TryParseExact(value, "N", out var id) ? id : null;

    private static Guid? UserId(HttpContext context, ClaimsPrincipal principal)
    {
        var type = context.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.UserIdClaimType;
        return Guid.TryParse(principal.FindFirstValue(type), out var id) ? id : null;
    }
}
