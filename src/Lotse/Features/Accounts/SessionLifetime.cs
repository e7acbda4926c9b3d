using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Lotse.Features.Accounts;

/// <summary>
/// How long a back-office sign-in lasts (OWASP ASVS 4.0 V3.3.2, level 2): it ends after 30 minutes without a
/// request, and after 12 hours in any case, however active the user is. Sliding renewal (and the security-stamp
/// check, which renews the cookie too) resets the cookie's own issue time, so the sign-in time is kept apart.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);

    private const string SignedInAtKey = "lotse.signedInAt";

    /// <summary>Adds the absolute limit to the cookie's events, after whatever Identity already validates.</summary>
    public static void Apply(CookieAuthenticationOptions options)
    {
        options.ExpireTimeSpan = Idle;
        options.SlidingExpiration = true;

        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = context =>
        {
            // A fresh sign-in starts the clock; a refresh (2FA set-up, stamp renewal) keeps the first sign-in's time.
            if (!context.Properties.Items.ContainsKey(SignedInAtKey))
                context.Properties.Items[SignedInAtKey] = context.Options.TimeProvider!.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            return signingIn(context);
        };

        var validate = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            if (IsTooOld(context.Properties, context.Options.TimeProvider!.GetUtcNow()))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }
            await validate(context);
        };
    }

    /// <summary>Without a recorded sign-in time (a cookie from before this rule) the session counts as too old.</summary>
    private static bool IsTooOld(AuthenticationProperties properties, DateTimeOffset now) =>
        !properties.Items.TryGetValue(SignedInAtKey, out var value) ||
        !long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds) ||
        now - DateTimeOffset.FromUnixTimeSeconds(seconds) > Absolute;
}
