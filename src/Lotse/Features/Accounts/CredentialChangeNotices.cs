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
    /// <summary>An operator switched the second factor off (<c>reset-2fa</c>); the mail says how to set it up again.</summary>
    TwoFactorReset,
}

/// <summary>
/// Tells the account's owner by mail that a sign-in credential changed (OWASP ASVS 4.0 V2.2.3, V2.5.5), so that a
/// change made by someone else with a taken-over session gets noticed. The mail says what and when, never a secret.
/// It is only queued (added to the context): the caller saves it together with the change.
/// </summary>
public sealed class CredentialChangeNotices(
    LotseDbContext db,
    TimeProvider clock,
    IConfiguration configuration,
    IStringLocalizer<CredentialsResource> text)
{
    public void Queue(LotseUser user, CredentialChange change)
    {
        if (string.IsNullOrWhiteSpace(user.Email))
            return;
        var now = clock.GetUtcNow().UtcDateTime;
        // After a reset the account holder has to act: the mail links the set-up page.
        var nextStep = change == CredentialChange.TwoFactorReset
            ? text["Mail.TwoFactorReset.Next", ReminderQueue.PublicBaseUrl(configuration) + AccountPaths.TwoFactorSetup].Value + "\n\n"
            : "";
        db.OutgoingMails.Add(new OutgoingMail
        {
            Id = Guid.NewGuid(),
            To = user.Email,
            Subject = text[$"Mail.{change}.Subject"].Value,
            Body = text["Mail.Body", text[$"Mail.{change}.What", user.Email].Value, CountyTime.Format(now), nextStep].Value,
            CreatedAt = now,
        });
    }
}
