using Lotse.Data;
using Lotse.Features.Editorial;
using Lotse.Features.Editorial.Freshness;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Accounts;

/// <summary>What changed in an account's way of signing in.</summary>
public enum CredentialChange
{
    PasswordChanged,
    TwoFactorEnabled,
}

/// <summary>
/// Tells the account's owner by mail that a sign-in credential changed (OWASP ASVS 4.0 V2.2.3, V2.5.5), so that a
/// change made by someone else with a taken-over session gets noticed. The mail says what and when, never a secret.
/// It is only queued (added to the context): the caller saves it together with the change.
/// </summary>
public sealed class CredentialChangeNotices(LotseDbContext db, TimeProvider clock, IStringLocalizer<CredentialsResource> text)
{
    public void Queue(LotseUser user, CredentialChange change)
    {
        if (string.IsNullOrWhiteSpace(user.Email))
            return;
        var now = clock.GetUtcNow().UtcDateTime;
        db.OutgoingMails.Add(new OutgoingMail
        {
            Id = Guid.NewGuid(),
            To = user.Email,
            Subject = text[$"Mail.{change}.Subject"].Value,
            Body = text["Mail.Body", text[$"Mail.{change}.What", user.Email].Value, CountyTime.Format(now)].Value,
            CreatedAt = now,
        });
    }
}
