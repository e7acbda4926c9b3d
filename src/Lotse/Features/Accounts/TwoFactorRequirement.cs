using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Lotse.Features.Accounts;

/// <summary>
/// Which roles must sign in with a second factor (OWASP ASVS 4.0 V4.3.1: administrative interfaces use MFA). Setting
/// <c>Lotse:Accounts:RequireTwoFactorForRoles</c>: a list of role names (array, or one comma-separated value); absent
/// means <see cref="Roles.Administrator"/> only, an empty value means no role. An unknown role name stops the start,
/// since a typo would silently leave a role without the rule.
/// </summary>
public sealed class TwoFactorRequirement
{
    public const string SettingKey = "Lotse:Accounts:RequireTwoFactorForRoles";

    public static readonly IReadOnlyList<string> DefaultRoles = [Roles.Administrator];

    public TwoFactorRequirement(IEnumerable<string> roles)
    {
        RequiredRoles = [.. roles.Distinct(StringComparer.Ordinal)];
        var unknown = RequiredRoles.Where(role => !Roles.All.Contains(role, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"{SettingKey} names unknown roles: {string.Join(", ", unknown)}. Known roles: {string.Join(", ", Roles.All)}.");
    }

    public IReadOnlyList<string> RequiredRoles { get; }

    public static TwoFactorRequirement FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(SettingKey);
        if (!section.Exists())
            return new(DefaultRoles);
        // Children (an array in JSON, ":0" keys in env vars) win; otherwise the value itself is a comma-separated list,
        // so that an empty value can say "no role" where a configuration source cannot hold an empty array.
        IReadOnlyList<string?> children = [.. section.GetChildren().Select(child => child.Value)];
        IReadOnlyList<string?> names = children.Count > 0 ? children : (section.Value ?? "").Split(',');
        return new(names.Select(name => name?.Trim() ?? "").Where(name => name.Length > 0));
    }

    /// <summary>True when the signed-in user holds one of the roles (from the cookie's role claims, like the policies).</summary>
    public bool AppliesTo(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && RequiredRoles.Any(user.IsInRole);
}

/// <summary>
/// A session of an account whose role needs a second factor but that has none is restricted to setting one up:
/// a page request is redirected to the set-up page; any other method (a form post) is refused with 403, since a
/// redirect would drop the posted change without a word. Set-up, password change, sign-in/out and the status pages
/// stay open; the API and the public portal are outside /intern and untouched.
/// </summary>
public static class TwoFactorEnforcement
{
    private static readonly string[] OpenPaths =
    [
        AccountPaths.TwoFactorSetup, AccountPaths.ChangePassword, AccountPaths.Login, AccountPaths.Logout,
        AccountPaths.StatusCodeFormat[..AccountPaths.StatusCodeFormat.LastIndexOf('/')],
    ];

    /// <summary>After authentication and authorization: the user is known and allowed, this is one more condition.</summary>
    public static IApplicationBuilder UseTwoFactorEnforcement(this IApplicationBuilder app)
    {
        // Resolved here, at start, so that a wrong setting stops the start instead of the first request.
        var requirement = app.ApplicationServices.GetRequiredService<TwoFactorRequirement>();
        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(AccountPaths.BackOffice) ||
                !requirement.AppliesTo(context.User) ||
                OpenPaths.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)) ||
                await HasSecondFactorAsync(context))
            {
                await next(context);
                return;
            }
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                context.Response.Redirect(AccountPaths.TwoFactorSetup);
            else
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
        });
    }

    /// <summary>Asked from the store (the security-stamp check has just loaded the same user in this request's scope).</summary>
    private static async Task<bool> HasSecondFactorAsync(HttpContext context)
    {
        var users = context.RequestServices.GetRequiredService<UserManager<LotseUser>>();
        var user = await users.GetUserAsync(context.User);
        return user is not null && await users.GetTwoFactorEnabledAsync(user);
    }
}
