using System.Security.Claims;

namespace Lotse.Features.Accounts;

/// <summary>
/// The strength meter under the new-password field with this id (_PasswordStrength.cshtml, ASVS 2.1.8).
/// <see cref="UserInputs"/> are words an attacker knows about the account (its e-mail address and user name); the
/// estimate counts a password built from them as weak.
/// </summary>
public sealed record PasswordStrengthMeter(string FieldId, IReadOnlyList<string> UserInputs)
{
    /// <summary>The signed-in account's user name and e-mail address, each once.</summary>
    public static IReadOnlyList<string> InputsOf(ClaimsPrincipal user) =>
        new[] { user.FindFirstValue(ClaimTypes.Email), user.Identity?.Name }
            .OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
