using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Search;
using Lotse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Portal;

/// <summary>Offers a test writes into its own app's database, and HTML parsing for the page tests.</summary>
public static class PortalTestData
{
    public const string Troisdorf = "05382068";
    public const string Siegburg = "05382060";

    /// <summary>
    /// Adds a published offer (through the shared <see cref="TestOffers"/>) with a reachable organisation,
    /// the given classification and a last-verified date; <paramref name="configure"/> fills in the rest.
    /// </summary>
    public static Task<Offer> AddOfferAsync(
        LotseAppFactory factory,
        string name,
        Action<Offer, LotseDbContext>? configure = null,
        string[]? topics = null,
        string[]? types = null,
        string[]? languages = null,
        string[]? audiences = null,
        string municipality = Troisdorf) =>
        TestOffers.AddAsync(factory, (offer, db) =>
        {
            offer.Name = name;
            offer.Description = $"{name}: eine Beschreibung.";
            offer.LastVerified = new DateOnly(2025, 3, 14);
            offer.Organization.Name = $"Träger von {name}";
            offer.Organization.Website = "https://traeger.example";
            offer.Organization.Phone = "02241 555-0100";
            offer.Organization.Email = "info@traeger.example";
            foreach (var (taxonomy, codes) in new[] { (TaxonomyCodes.Topic, topics), (TaxonomyCodes.OfferType, types), (TaxonomyCodes.Audience, audiences) })
                foreach (var code in codes ?? [])
                    offer.Terms.Add(db.TaxonomyTerms.Single(t => t.Taxonomy.Code == taxonomy && t.Code == code));
            foreach (var code in languages ?? [])
                offer.Languages.Add(db.Languages.Single(l => l.Code == code));
            configure?.Invoke(offer, db);
        }, municipalityCode: municipality);

    /// <summary>Waits until the search (a derived read model) has taken in the database's offers.</summary>
    public static async Task WaitForSearchAsync(LotseAppFactory factory, int expectedTotal)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var search = scope.ServiceProvider.GetRequiredService<IOfferSearch>();
            var result = await search.SearchAsync(new SearchQuery());
            if (result.Total == expectedTotal)
                return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The search holds {result.Total} offers, expected {expectedTotal}.");
            await Task.Delay(200);
        }
    }

    public static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, string url, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}\n{html[..Math.Min(html.Length, 2000)]}");
        return Parse(html);
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static string Text(this AngleSharp.Dom.IElement? element) =>
        System.Text.RegularExpressions.Regex.Replace(element?.TextContent ?? "", @"\s+", " ").Trim();
}
