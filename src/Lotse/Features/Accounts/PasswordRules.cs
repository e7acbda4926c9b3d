using Microsoft.AspNetCore.Identity;

namespace Lotse.Features.Accounts;

/// <summary>
/// Password rules beyond Identity's length and variety (OWASP ASVS 4.0 V2.1.2, V2.1.7): at most 128 characters
/// (so hashing stays cheap), not one of the commonly used passwords (<see cref="CommonPasswords"/>), not a short
/// piece repeated ("abcdabcdabcd"), and not containing the account's own e-mail name.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<LotseUser>
{
    public const int MaxLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<LotseUser> manager, LotseUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
            return Task.FromResult(IdentityResult.Success);   // Identity's own validator reports the missing password
        var errors = new List<IdentityError>();
        if (password.Length > MaxLength)
            errors.Add(new() { Code = "PasswordTooLong", Description = $"Das Passwort darf höchstens {MaxLength} Zeichen lang sein." });
        else if (CommonPasswords.Contains(password) || IsRepetition(password))
            errors.Add(new() { Code = "PasswordTooCommon", Description = "Dieses Passwort ist zu bekannt oder zu einfach gebaut. Bitte wählen Sie ein anderes, z. B. einen Satz aus mehreren Wörtern." });
        else if (LocalPart(user.Email ?? user.UserName) is { Length: >= 4 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
            errors.Add(new() { Code = "PasswordContainsEmail", Description = "Das Passwort darf die eigene E-Mail-Adresse nicht enthalten." });
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    /// <summary>True for a unit of up to four characters written again and again.</summary>
    private static bool IsRepetition(string password)
    {
        for (var unit = 1; unit <= 4; unit++)
        {
            if (password.Length % unit != 0)
                continue;
            var first = password.AsSpan(0, unit);
            var repeated = true;
            for (var i = unit; i < password.Length && repeated; i += unit)
                repeated = password.AsSpan(i, unit).SequenceEqual(first);
            if (repeated)
                return true;
        }
        return false;
    }

    private static string? LocalPart(string? email) => email?.Split('@')[0];
}
