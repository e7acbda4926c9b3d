using System.Net;
using Lotse.Features.Editorial.Freshness;
using Lotse.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using static Lotse.Tests.Editorial.Freshness.FreshnessTestData;

namespace Lotse.Tests.Editorial.Freshness;

/// <summary>The personal confirmation link /de/bestaetigen/{token} from a reminder, without login.</summary>
public sealed class PersonalLinkTests : IDisposable
{
    private readonly FreshnessAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(Guid OfferId, string Path)> RemindedOfferAsync(string name = "Elterncafé")
    {
        var offer = await AddOfferAsync(_factory, name, monthsAgo: 13, email: "kontakt@traeger.example");
        await RunRemindersAsync(_factory);
        var mail = (await MailsAsync(_factory)).Single(m => m.OfferId == offer.Id);
        return (offer.Id, LinkPath(mail.Body));
    }

    [Fact]
    public async Task Link_shows_the_offer_and_confirms_it_once()
    {
        var (offerId, path) = await RemindedOfferAsync();
        var client = AccountsTestData.CreateClient(_factory);

        var get = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.True(get.Headers.CacheControl?.NoStore, "the personal link's page must not be cached");
        var page = await AccountsTestData.ParseAsync(get);
        Assert.Contains("Elterncafé", page.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ja, die Angaben stimmen noch", page.QuerySelector("form button")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/de/angebote/{offerId}/vorschlag']"));

        var post = await client.PostAsync(path, Form(AntiforgeryToken(page)));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/de/bestaetigen/danke", post.Headers.Location!.OriginalString);
        Assert.Equal(Today(_factory), (await OfferAsync(_factory, offerId)).LastVerified);
        var token = await ReadAsync(_factory, db => db.ConfirmationTokens.AsNoTracking().SingleAsync(t => t.OfferId == offerId));
        Assert.NotNull(token.UsedAt);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/de/bestaetigen/danke")).StatusCode);

        var second = await client.PostAsync(path, Form(AntiforgeryToken(page)));
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Contains("Link bereits verwendet", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var again = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
    }

    [Fact]
    public async Task Only_the_hash_of_the_token_is_stored()
    {
        var (offerId, path) = await RemindedOfferAsync();
        var token = path[(path.LastIndexOf('/') + 1)..];

        var stored = await ReadAsync(_factory, db => db.ConfirmationTokens.AsNoTracking().SingleAsync(t => t.OfferId == offerId));

        Assert.NotEqual(token, stored.TokenHash);
        Assert.Equal(ConfirmationTokenCodec.HashOf(token), stored.TokenHash);
        Assert.Equal("kontakt@traeger.example", stored.Email);
        Assert.Equal(30, (stored.ExpiresAt - stored.CreatedAt).TotalDays, precision: 3);
    }

    [Fact]
    public async Task Two_simultaneous_confirmations_with_one_link_succeed_exactly_once()
    {
        var (_, path) = await RemindedOfferAsync();
        var client = AccountsTestData.CreateClient(_factory);
        var token = AntiforgeryToken(await AccountsTestData.ParseAsync(await client.GetAsync(path)));

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => client.PostAsync(path, Form(token))));

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Gone], answers.Select(a => a.StatusCode).Order());
    }

    [Fact]
    public async Task Expired_link_answers_410_with_a_German_page()
    {
        var (offerId, path) = await RemindedOfferAsync();
        var client = AccountsTestData.CreateClient(_factory);
        var token = AntiforgeryToken(await AccountsTestData.ParseAsync(await client.GetAsync(path)));
        var before = (await OfferAsync(_factory, offerId)).LastVerified;

        _factory.Clock.Advance(TimeSpan.FromDays(31));

        var get = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
        Assert.Contains("Link abgelaufen", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var post = await client.PostAsync(path, Form(token));
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Equal(before, (await OfferAsync(_factory, offerId)).LastVerified);
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]   // well-formed, never issued
    [InlineData("abc")]
    [InlineData("%E2%9C%93%3Cscript%3E")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    public async Task Unknown_link_answers_404_with_a_German_page(string token)
    {
        var client = AccountsTestData.CreateClient(_factory);

        var get = await client.GetAsync($"/de/bestaetigen/{token}");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Contains("Link nicht gefunden", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_refused_and_the_link_stays_valid()
    {
        var (_, path) = await RemindedOfferAsync();
        var client = AccountsTestData.CreateClient(_factory);

        var post = await client.PostAsync(path, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }
}

/// <summary>The public confirmation page is rate-limited per client address.</summary>
public sealed class PersonalLinkRateLimitTests : IDisposable
{
    private readonly FreshnessAppFactory _factory = new();

    public PersonalLinkRateLimitTests() => _factory.Settings["Lotse:Freshness:ConfirmationRequestsPerMinute"] = "3";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Too_many_requests_get_a_German_429_page()
    {
        var client = AccountsTestData.CreateClient(_factory);
        var path = "/de/bestaetigen/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        var refused = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Zu viele Anfragen", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
