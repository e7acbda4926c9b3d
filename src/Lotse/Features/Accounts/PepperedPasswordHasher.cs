using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Accounts;

/// <summary>
/// Identity's own password hashing (PBKDF2, salt, iterations) applied to the peppered password
/// (<see cref="PasswordPepper.Apply"/>), stored as <see cref="Marker"/> + Identity's hash. Hashes without the marker were
/// made before the pepper: they are checked as before and, when right, answer <see cref="PasswordVerificationResult.SuccessRehashNeeded"/>,
/// so that Identity stores the password peppered at the account's next sign-in. Comparing hashes is left to Identity,
/// which does it in constant time.
/// </summary>
public sealed class PepperedPasswordHasher(PasswordPepper pepper, IOptions<PasswordHasherOptions> options) : IPasswordHasher<LotseUser>
{
    /// <summary>Version 1 of the peppered format. Identity's hashes are base64, which has no '$': they never start with it.</summary>
    public const string Marker = "p1$";

    private readonly PasswordHasher<LotseUser> _identity = new(options);

    public string HashPassword(LotseUser user, string password) =>
        Marker + _identity.HashPassword(user, pepper.Apply(password));

    public PasswordVerificationResult VerifyHashedPassword(LotseUser user, string hashedPassword, string providedPassword)
    {
        if (hashedPassword.StartsWith(Marker, StringComparison.Ordinal))
            return _identity.VerifyHashedPassword(user, hashedPassword[Marker.Length..], pepper.Apply(providedPassword));
        return _identity.VerifyHashedPassword(user, hashedPassword, providedPassword) == PasswordVerificationResult.Failed
            ? PasswordVerificationResult.Failed
            : PasswordVerificationResult.SuccessRehashNeeded;
    }
}
