using Microsoft.AspNetCore.Identity;

namespace Lotse.Features.Accounts;

/// <summary>What asking a signed-in user for their password again gave (OWASP ASVS 4.0 V2.1.6, V3.7.1).</summary>
public enum PasswordConfirmation
{
    Confirmed,
    Missing,
    Wrong,
    LockedOut,
}

public static class PasswordConfirmations
{
    /// <summary>
    /// Checks the password of the signed-in <paramref name="user"/>. A wrong one counts towards the lockout like a failed
    /// sign-in, so a taken-over session cannot guess it; a locked account is refused without checking.
    /// </summary>
    public static async Task<PasswordConfirmation> ConfirmPasswordAsync(this SignInManager<LotseUser> signIn, LotseUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
            return PasswordConfirmation.Missing;
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return check.Succeeded ? PasswordConfirmation.Confirmed
            : check.IsLockedOut ? PasswordConfirmation.LockedOut
            : PasswordConfirmation.Wrong;
    }
}
