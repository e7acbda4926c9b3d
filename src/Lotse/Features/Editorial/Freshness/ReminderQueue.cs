using System.Globalization;
using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Editorial.Freshness;

/// <summary>
/// Queues one reminder per overdue offer that has an e-mail address (the offer's, else its organization's),
/// each with a new personal confirmation link; an offer reminded recently is skipped.
/// </summary>
public sealed class ReminderQueue(
    LotseDbContext db,
    TimeProvider clock,
    IOptions<FreshnessOptions> options,
    IConfiguration configuration,
    IStringLocalizer<FreshnessResource> text)
{
    public const string PublicBaseUrlKey = "Lotse:PublicBaseUrl";
    public const string DefaultPublicBaseUrl = "http://localhost:5080";
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>The address links in mails start with (the portal's public address, without a trailing slash).</summary>
    public static string PublicBaseUrl(IConfiguration configuration) =>
        (configuration[PublicBaseUrlKey] is { Length: > 0 } configured ? configured : DefaultPublicBaseUrl).TrimEnd('/');

    /// <returns>How many reminders were queued.</returns>
    public async Task<int> QueueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = FreshnessClock.Today(clock);
        var candidates = await db.Offers
            .Where(o => o.Status == OfferStatus.Published || o.Status == OfferStatus.InReview)
            .Select(o => new
            {
                o.Id, o.Name, OrganizationName = o.Organization.Name, o.LastVerified, o.CreatedAt, o.ReviewIntervalMonths,
                o.Email, OrganizationEmail = o.Organization.Email,
            })
            .ToListAsync(cancellationToken);
        var remindedSince = now.AddDays(-settings.ReminderRepeatDays);
        var recentlyReminded = (await db.OutgoingMails
            .Where(m => m.OfferId != null && m.CreatedAt > remindedSince)
            .Select(m => m.OfferId!.Value)
            .ToListAsync(cancellationToken)).ToHashSet();

        var baseUrl = PublicBaseUrl(configuration);
        var expiresAt = now.AddDays(settings.LinkValidDays);
        var queued = 0;
        foreach (var offer in candidates)
        {
            var email = !string.IsNullOrWhiteSpace(offer.Email) ? offer.Email.Trim() : offer.OrganizationEmail?.Trim();
            if (string.IsNullOrEmpty(email) || recentlyReminded.Contains(offer.Id))
                continue;
            var freshness = FreshnessRule.Evaluate(offer.LastVerified, FreshnessClock.DayOf(offer.CreatedAt, clock), offer.ReviewIntervalMonths, today);
            if (freshness.State != FreshnessState.Overdue)
                continue;

            var token = ConfirmationTokenCodec.NewToken();
            db.ConfirmationTokens.Add(new ConfirmationToken
            {
                Id = Guid.NewGuid(),
                OfferId = offer.Id,
                TokenHash = ConfirmationTokenCodec.HashOf(token)!,
                Email = email,
                CreatedAt = now,
                ExpiresAt = expiresAt,
            });
            var lastChecked = offer.LastVerified is { } verified
                ? text["Mail.LastVerified", verified.ToString("d", German)].Value
                : text["Mail.NeverVerified"].Value;
            db.OutgoingMails.Add(new OutgoingMail
            {
                Id = Guid.NewGuid(),
                To = email,
                Subject = text["Mail.Subject", offer.Name].Value,
                Body = text["Mail.Body", offer.Name, offer.OrganizationName, lastChecked,
                    $"{baseUrl}/de/bestaetigen/{token}", DateOnly.FromDateTime(expiresAt).ToString("d", German)].Value,
                OfferId = offer.Id,
                CreatedAt = now,
            });
            queued++;
        }
        if (queued > 0)
            await db.SaveChangesAsync(cancellationToken);
        return queued;
    }
}
