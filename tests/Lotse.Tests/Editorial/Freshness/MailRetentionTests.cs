using Lotse.Data;
using Lotse.Features.Editorial.Freshness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Lotse.Tests.Editorial.Freshness.FreshnessTestData;

namespace Lotse.Tests.Editorial.Freshness;

/// <summary>
/// Retention (ASVS 8.3.8): the reminder job deletes mail copies that are done with after Lotse:Mail:KeepDays
/// (default 90) and expired confirmation links KeepDays after expiry; mail waiting to be sent stays.
/// </summary>
public sealed class MailRetentionTests : IDisposable
{
    private readonly FreshnessAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Sent_mail_older_than_keep_days_is_deleted()
    {
        var mail = await AddMailAsync(sent: true);
        _factory.Clock.Advance(TimeSpan.FromDays(91));

        await RunRemindersAsync(_factory);

        Assert.DoesNotContain(await MailsAsync(_factory), m => m.Id == mail);
    }

    [Fact]
    public async Task Sent_mail_younger_than_keep_days_is_kept()
    {
        await AddMailAsync(sent: true);
        _factory.Clock.Advance(TimeSpan.FromDays(2));
        var younger = await AddMailAsync(sent: true);
        _factory.Clock.Advance(TimeSpan.FromDays(89));

        await RunRemindersAsync(_factory);

        // The older one is gone, which shows that the purge ran.
        Assert.Equal([younger], (await MailsAsync(_factory)).Select(m => m.Id));
    }

    [Fact]
    public async Task Old_mail_still_waiting_to_be_sent_is_kept()
    {
        var waiting = await AddMailAsync(sent: false, attempts: 0);
        var retrying = await AddMailAsync(sent: false, attempts: 4);
        var sent = await AddMailAsync(sent: true);
        _factory.Clock.Advance(TimeSpan.FromDays(400));

        await RunRemindersAsync(_factory);

        var left = (await MailsAsync(_factory)).Select(m => m.Id).ToList();
        Assert.Contains(waiting, left);
        Assert.Contains(retrying, left);
        Assert.DoesNotContain(sent, left);
    }

    [Fact]
    public async Task Old_mail_given_up_after_max_attempts_is_deleted()
    {
        var mail = await AddMailAsync(sent: false, attempts: 5);
        _factory.Clock.Advance(TimeSpan.FromDays(91));

        await RunRemindersAsync(_factory);

        Assert.DoesNotContain(await MailsAsync(_factory), m => m.Id == mail);
    }

    [Fact]
    public async Task Keep_days_zero_keeps_everything()
    {
        // The same rows under the default setting are deleted: the setting, not a missing purge, keeps them.
        Assert.Equal((0, 0), await OldRowsLeftAsync(_factory));
        using var keepForever = new FreshnessAppFactory();
        keepForever.Settings["Lotse:Mail:KeepDays"] = "0";

        Assert.Equal((2, 1), await OldRowsLeftAsync(keepForever));
    }

    private static async Task<(int Mails, int Links)> OldRowsLeftAsync(FreshnessAppFactory factory)
    {
        await AddMailAsync(factory, sent: true);
        await AddMailAsync(factory, sent: false, attempts: 5);
        await AddLinkAsync(factory);
        factory.Clock.Advance(TimeSpan.FromDays(1000));
        await RunRemindersAsync(factory);
        return ((await MailsAsync(factory)).Count, await ReadAsync(factory, db => db.ConfirmationTokens.CountAsync()));
    }

    [Fact]
    public async Task Expired_confirmation_link_is_deleted_keep_days_after_it_expired()
    {
        await AddLinkAsync(validDays: 30);
        _factory.Clock.Advance(TimeSpan.FromDays(30 + 89));
        await RunRemindersAsync(_factory);
        Assert.Equal(1, await ReadAsync(_factory, db => db.ConfirmationTokens.CountAsync()));

        _factory.Clock.Advance(TimeSpan.FromDays(2));
        await RunRemindersAsync(_factory);

        Assert.Equal(0, await ReadAsync(_factory, db => db.ConfirmationTokens.CountAsync()));
    }

    private Task<Guid> AddMailAsync(bool sent, int attempts = 1) => AddMailAsync(_factory, sent, attempts);

    private static async Task<Guid> AddMailAsync(FreshnessAppFactory factory, bool sent, int attempts = 1)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var mail = new OutgoingMail
        {
            Id = Guid.NewGuid(),
            To = "person@traeger.example",
            Subject = "Betreff",
            Body = "Text",
            CreatedAt = now,
            SentAt = sent ? now : null,
            Attempts = attempts,
        };
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        db.OutgoingMails.Add(mail);
        await db.SaveChangesAsync();
        return mail.Id;
    }

    private Task AddLinkAsync(int validDays = 30) => AddLinkAsync(_factory, validDays);

    private static async Task AddLinkAsync(FreshnessAppFactory factory, int validDays = 30)
    {
        // A recently confirmed offer without address: the reminder run queues nothing for it.
        var offer = await AddOfferAsync(factory, "Sprachcafé", monthsAgo: 1);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        db.ConfirmationTokens.Add(new ConfirmationToken
        {
            Id = Guid.NewGuid(),
            OfferId = offer.Id,
            TokenHash = ConfirmationTokenCodec.HashOf(ConfirmationTokenCodec.NewToken())!,
            Email = "person@traeger.example",
            CreatedAt = now,
            ExpiresAt = now.AddDays(validDays),
        });
        await db.SaveChangesAsync();
    }
}
