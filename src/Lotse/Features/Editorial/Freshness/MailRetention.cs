using Lotse.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Editorial.Freshness;

/// <summary>
/// Deletes copies of outgoing mail (recipient address and text are personal data) once they are done with:
/// sent, or given up after <see cref="FreshnessOptions.MaxSendAttempts"/>, more than
/// <see cref="MailOptions.KeepDays"/> ago. Mail still waiting to be sent is never deleted. Personal
/// confirmation links (they hold the recipient's address) go <see cref="MailOptions.KeepDays"/> after they expired.
/// </summary>
public sealed class MailRetention(
    LotseDbContext db,
    TimeProvider clock,
    IOptions<MailOptions> mailOptions,
    IOptions<FreshnessOptions> freshnessOptions,
    ILogger<MailRetention> log)
{
    /// <returns>How many mails and confirmation links were deleted.</returns>
    public async Task<(int Mails, int Links)> PurgeAsync(CancellationToken cancellationToken)
    {
        var keepDays = mailOptions.Value.KeepDays;
        if (keepDays <= 0)
            return (0, 0);
        var freshness = freshnessOptions.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        // Reminder mails are also the memory of "reminded recently": keep them at least that long.
        var mailCutoff = now.AddDays(-Math.Max(keepDays, freshness.ReminderRepeatDays));
        var maxAttempts = freshness.MaxSendAttempts;
        // A mail given up has no time of its last attempt; it is counted from when it was queued.
        var mails = await db.OutgoingMails
            .Where(m => (m.SentAt != null && m.SentAt < mailCutoff)
                || (m.SentAt == null && m.Attempts >= maxAttempts && m.CreatedAt < mailCutoff))
            .ExecuteDeleteAsync(cancellationToken);
        var linkCutoff = now.AddDays(-keepDays);
        var links = await db.ConfirmationTokens
            .Where(t => t.ExpiresAt < linkCutoff)
            .ExecuteDeleteAsync(cancellationToken);
        if (mails + links > 0)
            log.LogInformation("Mail retention: {Mails} old mails and {Links} expired confirmation links deleted", mails, links);
        return (mails, links);
    }
}
