using Lotse.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Lotse.Features.Editorial.Freshness;

/// <summary>
/// Sends queued mails to the configured SMTP server. A failure is recorded on the mail and retried on
/// the next run until <see cref="FreshnessOptions.MaxSendAttempts"/>; it never escapes to the caller.
/// </summary>
public sealed class MailSender(
    LotseDbContext db,
    IOptions<MailOptions> mailOptions,
    IOptions<FreshnessOptions> freshnessOptions,
    TimeProvider clock,
    ILogger<MailSender> log)
{
    private const int BatchSize = 100;
    private const int MaxErrorLength = 1000;

    /// <returns>How many mails were sent.</returns>
    public async Task<int> SendQueuedAsync(CancellationToken cancellationToken)
    {
        var settings = mailOptions.Value;
        if (!settings.IsConfigured)
            return 0;
        var maxAttempts = freshnessOptions.Value.MaxSendAttempts;
        var queued = await db.OutgoingMails
            .Where(m => m.SentAt == null && m.Attempts < maxAttempts)
            .OrderBy(m => m.CreatedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        if (queued.Count == 0)
            return 0;

        using var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port,
                settings.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "SMTP server {Host}:{Port} not reachable; {Count} mails stay queued", settings.Host, settings.Port, queued.Count);
            foreach (var mail in queued)
                RecordFailure(mail, ex, permanent: false);
            await db.SaveChangesAsync(CancellationToken.None);
            return 0;
        }

        var sent = 0;
        foreach (var mail in queued)
        {
            try
            {
                await client.SendAsync(Compose(mail, settings), cancellationToken);
                mail.SentAt = clock.GetUtcNow().UtcDateTime;
                mail.Body = ConfirmationTokenCodec.WithoutTokens(mail.Body);
                mail.Attempts++;
                mail.LastError = null;
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Mail {MailId} could not be sent", mail.Id);
                // A malformed address will not get better by trying again.
                RecordFailure(mail, ex, permanent: ex is ParseException);
                if (!client.IsConnected)
                    break;
            }
            // Saved per mail: a crash later must not send this one again.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        await db.SaveChangesAsync(CancellationToken.None);
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogDebug(ex, "SMTP disconnect failed");
        }
        return sent;
    }

    private static MimeMessage Compose(OutgoingMail mail, MailOptions settings)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }

    private void RecordFailure(OutgoingMail mail, Exception error, bool permanent)
    {
        mail.Attempts = permanent ? Math.Max(mail.Attempts + 1, freshnessOptions.Value.MaxSendAttempts) : mail.Attempts + 1;
        var message = $"{error.GetType().Name}: {error.Message}";
        mail.LastError = message.Length > MaxErrorLength ? message[..MaxErrorLength] : message;
    }
}
