using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Xml;
using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.Portal;

namespace Lotse.Tests.OpenData.Feeds;

/// <summary>The public Atom feed: published offers only, newest change first, the search's filters, conditional GET.</summary>
public sealed class AtomFeedTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);
    private readonly HttpClient _client;

    public AtomFeedTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task<(Offer Language, Offer Work, Offer Siegburg)> ThreeOffersAsync()
    {
        var language = await PortalTestData.AddOfferAsync(_factory, "Deutsch für den Alltag", (o, _) => o.LastModified = new DateTime(2026, 5, 3, 8, 0, 0, DateTimeKind.Utc), topics: ["sprache"]);
        var work = await PortalTestData.AddOfferAsync(_factory, "Bewerbungstraining", (o, _) => o.LastModified = new DateTime(2026, 5, 4, 8, 0, 0, DateTimeKind.Utc), topics: ["arbeit"]);
        var siegburg = await PortalTestData.AddOfferAsync(_factory, "Sprachcafé Siegburg", (o, _) => o.LastModified = new DateTime(2026, 5, 1, 8, 0, 0, DateTimeKind.Utc), topics: ["sprache"], municipality: PortalTestData.Siegburg);
        await TestOffers.AddAsync(_factory, (o, _) => o.Name = "Noch ein Entwurf", OfferStatus.Draft);
        await PortalTestData.WaitForSearchAsync(_factory, 3);
        return (language, work, siegburg);
    }

    private async Task<SyndicationFeed> FeedAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task The_feed_lists_published_offers_newest_change_first_with_their_public_page()
    {
        var (language, work, siegburg) = await ThreeOffersAsync();

        var feed = await FeedAsync("/de/feed.atom");

        Assert.Equal(["Bewerbungstraining", "Deutsch für den Alltag", "Sprachcafé Siegburg"], feed.Items.Select(i => i.Title.Text));
        var first = feed.Items.First();
        Assert.Equal($"urn:uuid:{work.Id}", first.Id);
        Assert.Equal(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero), first.LastUpdatedTime);
        Assert.Equal($"http://localhost/de/angebote/{work.Id}", first.Links.Single(l => l.RelationshipType is null or "alternate").Uri.ToString());
        Assert.Contains("Bewerbungstraining: eine Beschreibung.", ((TextSyndicationContent)first.Summary).Text);
        Assert.Equal(first.LastUpdatedTime, feed.LastUpdatedTime);
        Assert.DoesNotContain(feed.Items, i => i.Title.Text == "Noch ein Entwurf");
        Assert.Contains(language.Id.ToString(), string.Join(" ", feed.Items.Select(i => i.Id)));
        Assert.Contains(siegburg.Id.ToString(), string.Join(" ", feed.Items.Select(i => i.Id)));
    }

    [Theory]
    [InlineData("?topic=sprache", "Deutsch für den Alltag|Sprachcafé Siegburg")]
    [InlineData("?topic=sprache&municipality=05382060", "Sprachcafé Siegburg")]
    [InlineData("?q=Bewerbung", "Bewerbungstraining")]
    [InlineData("?topic=gibtesnicht", "")]
    public async Task The_feed_takes_the_search_s_filters(string query, string expected)
    {
        await ThreeOffersAsync();

        var feed = await FeedAsync("/de/feed.atom" + query);

        Assert.Equal(expected, string.Join("|", feed.Items.Select(i => i.Title.Text)));
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?pageSize=abc")]
    [InlineData("?sort=lottery")]
    public async Task Bad_parameters_answer_400_with_a_german_text(string query)
    {
        using var response = await _client.GetAsync("/de/feed.atom" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches("(Seitennummer|Anzahl je Seite|Sortierung)", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unchanged_feed_answers_304_to_its_etag_and_date()
    {
        await ThreeOffersAsync();
        using var first = await _client.GetAsync("/en/feed.atom?topic=sprache");
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;
        Assert.Equal(new DateTimeOffset(2026, 5, 3, 8, 0, 0, TimeSpan.Zero), lastModified);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, "/en/feed.atom?topic=sprache");
        byTag.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(byTag)).StatusCode);

        using var byDate = new HttpRequestMessage(HttpMethod.Get, "/en/feed.atom?topic=sprache");
        byDate.Headers.IfModifiedSince = lastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(byDate)).StatusCode);

        using var otherFilter = new HttpRequestMessage(HttpMethod.Get, "/en/feed.atom?topic=arbeit");
        otherFilter.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(otherFilter)).StatusCode);
    }

    [Fact]
    public async Task The_search_page_links_the_feed_of_its_filters()
    {
        await ThreeOffersAsync();

        var page = await PortalTestData.GetDocumentAsync(_client, "/de/suche?topic=sprache&page=1&sort=name");

        var link = page.QuerySelector("head link[rel=alternate][type='application/atom+xml']");
        Assert.NotNull(link);
        Assert.Equal("/de/feed.atom?topic=sprache", link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(link.GetAttribute("href"))).StatusCode);
    }
}
