using Microsoft.AspNetCore.Identity;

namespace Lotse.Features.Accounts;

/// <summary>
/// Identity's authenticator-app (TOTP) check, plus: a code that was accepted once is refused for the rest of its
/// validity (OWASP ASVS 4.0 V2.8.4), so a code seen over someone's shoulder cannot sign in a second time.
/// The last accepted code and its time are kept in the user's token store (AspNetUserTokens).
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<LotseUser>
{
    public const string Name = "LotseAuthenticator";

    private const string LoginProvider = "Lotse";
    private const string TokenName = "LastAuthenticatorCode";

    /// <summary>Identity accepts codes up to two 30-second steps away on either side; a used code is barred longer than that.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(3);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<LotseUser> manager, LotseUser user)
    {
        if (!await base.ValidateAsync(purpose, token, manager, user))
            return false;
        var now = clock.GetUtcNow();
        var last = await manager.GetAuthenticationTokenAsync(user, LoginProvider, TokenName);
        if (last?.Split(' ') is [var code, var seconds] && code == token &&
            long.TryParse(seconds, System.Globalization.CultureInfo.InvariantCulture, out var at) &&
            now - DateTimeOffset.FromUnixTimeSeconds(at) < Window)
            return false;
        await manager.SetAuthenticationTokenAsync(user, LoginProvider, TokenName,
            $"{token} {now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return true;
    }
}
