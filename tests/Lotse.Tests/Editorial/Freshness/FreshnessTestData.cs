using AngleSharp.Html.Dom;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Freshness;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lotse.Tests.Editorial.Freshness;

/// <summary>A clock a test can move forward; timers stay real.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>A Lotse app (reference data only) whose TimeProvider is <see cref="Clock"/>.</summary>
public sealed class FreshnessAppFactory() : LotseAppFactory(demoData: false)
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}

public static class FreshnessTestData
{
    public const string Troisdorf = "05382068";
    public const string Siegburg = "05382060";

    public static DateOnly Today(LotseAppFactory factory) =>
        FreshnessClock.Today(factory.Services.GetRequiredService<TimeProvider>());

    /// <summary>A published offer last confirmed <paramref name="monthsAgo"/> months ago (12-month interval: overdue from 13).</summary>
    public static Task<Offer> AddOfferAsync(LotseAppFactory factory, string name, int monthsAgo, string municipalityCode = Troisdorf,
        string? email = null, string? organizationEmail = null, OfferStatus status = OfferStatus.Published, int laterByDays = 0)
    {
        var today = Today(factory);
        return TestOffers.AddAsync(factory, (offer, _) =>
        {
            offer.Name = name;
            offer.LastVerified = today.AddMonths(-monthsAgo).AddDays(laterByDays);
            offer.Email = email;
            offer.Organization.Email = organizationEmail;
        }, status, municipalityCode);
    }

    public static async Task<T> ReadAsync<T>(LotseAppFactory factory, Func<LotseDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<LotseDbContext>());
    }

    public static Task<Offer> OfferAsync(LotseAppFactory factory, Guid id) =>
        ReadAsync(factory, db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == id));

    /// <summary>Gives a Träger account the organization as its own.</summary>
    public static async Task LinkOrganizationAsync(LotseAppFactory factory, string email, Guid organizationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LotseUser>>();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var user = await users.FindByEmailAsync(email);
        db.UserOrganizations.Add(new UserOrganization { UserId = user!.Id, OrganizationId = organizationId });
        await db.SaveChangesAsync();
    }

    /// <summary>Gives every account of the role the organization as its own (for tests that already signed them in).</summary>
    public static async Task LinkOrganizationToRoleAsync(LotseAppFactory factory, string role, Guid organizationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LotseUser>>();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        foreach (var user in await users.GetUsersInRoleAsync(role))
            db.UserOrganizations.Add(new UserOrganization { UserId = user.Id, OrganizationId = organizationId });
        await db.SaveChangesAsync();
    }

    public static async Task<HttpClient> SignedInAsync(LotseAppFactory factory, string role)
    {
        var email = await AccountsTestData.CreateAccountAsync(factory, role);
        return await AccountsTestData.SignedInClientAsync(factory, email);
    }

    public static string AntiforgeryToken(IHtmlDocument page) =>
        ((IHtmlInputElement)page.QuerySelector("input[name=__RequestVerificationToken]")!).Value;

    public static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));

    /// <summary>Queues reminders and sends mail, as the background job does once per interval.</summary>
    public static Task<(int Queued, int Sent)> RunRemindersAsync(LotseAppFactory factory) =>
        factory.Services.GetRequiredService<ReminderService>().RunOnceAsync(CancellationToken.None);

    public static Task<List<OutgoingMail>> MailsAsync(LotseAppFactory factory) =>
        ReadAsync(factory, db => db.OutgoingMails.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());

    /// <summary>The personal link's path (/de/bestaetigen/…) from a reminder's text.</summary>
    public static string LinkPath(string body)
    {
        var match = System.Text.RegularExpressions.Regex.Match(body, @"https?://\S+?(/de/bestaetigen/[A-Za-z0-9_-]{43})");
        Assert.True(match.Success, $"no confirmation link in: {body}");
        return match.Groups[1].Value;
    }
}
