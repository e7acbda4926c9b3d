using Lotse.Features.Search;
using Lotse.Tests.Editorial.Translations;
using Lotse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Portal;

/// <summary>The portal shows an offer's translation where it is current, otherwise German marked as such.</summary>
public sealed class OfferTranslationPortalTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);
    private readonly HttpClient _client;

    public OfferTranslationPortalTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private Task<Lotse.Features.Directory.Offer> AddToyLibraryAsync() => PortalTestData.AddOfferAsync(_factory, "Spielzeugbibliothek", (offer, _) =>
    {
        offer.Description = "Spielzeug **ausleihen** statt kaufen: jeden Mittwoch im Familienzentrum.";
        offer.EligibilityDescription = "Familien mit Kindern bis zehn Jahre.";
    });

    private Task AddTurkishAsync(Guid offerId, bool machine = false) => TranslationsTestData.AddAsync(_factory, offerId, "tr",
        "Oyuncak kütüphanesi", "Oyuncakları satın almak yerine **ödünç alın**: her çarşamba aile merkezinde.", machine,
        t => t.EligibilityDescription = "On yaşına kadar çocuğu olan aileler.");

    [Fact]
    public async Task A_current_translation_is_shown_in_the_pages_language_without_note()
    {
        var offer = await AddToyLibraryAsync();
        await AddTurkishAsync(offer.Id);

        var page = await PortalTestData.GetDocumentAsync(_client, $"/tr/angebote/{offer.Id}");

        var heading = page.QuerySelector("h1")!;
        Assert.Equal("Oyuncak kütüphanesi", heading.Text());
        Assert.False(heading.HasAttribute("lang"));
        Assert.Equal("Oyuncak kütüphanesi", page.Title?.Split('–', '|')[0].Trim());
        var description = page.QuerySelector(".lotse-description")!;
        Assert.Equal("ödünç alın", description.QuerySelector("strong").Text());
        Assert.False(description.HasAttribute("lang"));
        Assert.Contains("On yaşına kadar çocuğu olan aileler.", page.Body.Text());
        Assert.Null(page.QuerySelector("#sprachhinweis"));
        // The provider's name is not translated: it stays marked German.
        Assert.Equal("de", page.QuerySelector(".kern-preline")!.GetAttribute("lang"));

        // German page: the German text, no note.
        var german = await PortalTestData.GetDocumentAsync(_client, $"/de/angebote/{offer.Id}");
        Assert.Equal("Spielzeugbibliothek", german.QuerySelector("h1").Text());
        Assert.Null(german.QuerySelector("#sprachhinweis"));
    }

    [Fact]
    public async Task Without_translation_the_german_text_is_shown_marked_german_with_a_note_in_the_readers_language()
    {
        var offer = await AddToyLibraryAsync();
        await AddTurkishAsync(offer.Id);

        var page = await PortalTestData.GetDocumentAsync(_client, $"/en/angebote/{offer.Id}");

        Assert.Equal("Spielzeugbibliothek", page.QuerySelector("h1").Text());
        Assert.Equal("de", page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("de", page.QuerySelector(".lotse-description")!.GetAttribute("lang"));
        Assert.Equal("This entry is only available in German.", page.QuerySelector("#sprachhinweis .kern-title").Text());
        Assert.Null(page.QuerySelector("#sprachhinweis")!.GetAttribute("lang"));

        // Right-to-left page: the German text also keeps its own direction.
        var arabic = await PortalTestData.GetDocumentAsync(_client, $"/ar/angebote/{offer.Id}");
        Assert.Equal(("de", "ltr"), (arabic.QuerySelector("h1")!.GetAttribute("lang"), arabic.QuerySelector("h1")!.GetAttribute("dir")));
        Assert.Equal("هذا الإدخال متوفر باللغة الألمانية فقط.", arabic.QuerySelector("#sprachhinweis .kern-title").Text());
    }

    [Fact]
    public async Task A_machine_translation_is_shown_with_a_note_and_a_link_to_the_german_text()
    {
        var offer = await AddToyLibraryAsync();
        await AddTurkishAsync(offer.Id, machine: true);

        var page = await PortalTestData.GetDocumentAsync(_client, $"/tr/angebote/{offer.Id}");

        Assert.Equal("Oyuncak kütüphanesi", page.QuerySelector("h1").Text());
        Assert.Equal("Bu metin makine çevirisidir. Şüphe durumunda Almanca metin geçerlidir.", page.QuerySelector("#sprachhinweis .kern-title").Text());
        Assert.NotNull(page.QuerySelector($"#sprachhinweis a[href='/de/angebote/{offer.Id}'][hreflang=de]"));
    }

    [Fact]
    public async Task When_the_german_text_changes_the_page_falls_back_to_german_with_the_outdated_note()
    {
        var offer = await AddToyLibraryAsync();
        await AddTurkishAsync(offer.Id);

        await TranslationsTestData.ChangeGermanDescriptionAsync(_factory, offer.Id, "Spielzeug ausleihen: jetzt donnerstags in der Stadtbücherei.");
        var page = await PortalTestData.GetDocumentAsync(_client, $"/tr/angebote/{offer.Id}");

        Assert.Equal("Spielzeugbibliothek", page.QuerySelector("h1").Text());
        Assert.Equal("de", page.QuerySelector("h1")!.GetAttribute("lang"));
        var description = page.QuerySelector(".lotse-description")!;
        Assert.Equal("de", description.GetAttribute("lang"));
        Assert.Contains("jetzt donnerstags in der Stadtbücherei", description.Text());
        Assert.DoesNotContain("On yaşına kadar", page.Body.Text());
        Assert.Equal("Çeviri şu anda güncelleniyor; aşağıda Almanca metni bulabilirsiniz.", page.QuerySelector("#sprachhinweis .kern-title").Text());
    }

    [Fact]
    public async Task The_search_finds_an_offer_by_its_translation_and_lists_it_translated_until_the_german_changes()
    {
        var offer = await AddToyLibraryAsync();
        await PortalTestData.WaitForSearchAsync(_factory, 1);
        await AddTurkishAsync(offer.Id);
        await WaitUntilFoundAsync("oyuncak", expected: 1);

        var turkish = await PortalTestData.GetDocumentAsync(_client, "/tr/suche?q=oyuncak");
        var hit = Assert.Single(turkish.QuerySelectorAll(".lotse-hit"));
        var name = hit.QuerySelector("h3")!;
        Assert.Equal("Oyuncak kütüphanesi", name.Text());
        Assert.False(name.HasAttribute("lang"));
        Assert.Contains("ödünç", hit.QuerySelector(".lotse-hit__snippet").Text());

        // German words still find it, and the German page lists it in German.
        var german = await PortalTestData.GetDocumentAsync(_client, "/de/suche?q=Spielzeug");
        Assert.Equal("Spielzeugbibliothek", Assert.Single(german.QuerySelectorAll(".lotse-hit h3")).Text());
        // Found by German words from the Turkish page, it is listed with its Turkish name.
        var mixed = await PortalTestData.GetDocumentAsync(_client, "/tr/suche?q=Spielzeug");
        Assert.Equal("Oyuncak kütüphanesi", Assert.Single(mixed.QuerySelectorAll(".lotse-hit h3")).Text());
        // Other languages have no translation: German, marked as such.
        var english = await PortalTestData.GetDocumentAsync(_client, "/en/suche?q=Spielzeug");
        Assert.Equal("de", Assert.Single(english.QuerySelectorAll(".lotse-hit h3")).GetAttribute("lang"));

        // The German text changes: the outdated translation leaves the index, the list shows German.
        await TranslationsTestData.ChangeGermanDescriptionAsync(_factory, offer.Id, "Spielzeug ausleihen: jetzt donnerstags.");
        await WaitUntilFoundAsync("oyuncak", expected: 0);
        var outdated = await PortalTestData.GetDocumentAsync(_client, "/tr/suche?q=Spielzeug");
        var fallback = Assert.Single(outdated.QuerySelectorAll(".lotse-hit h3"));
        Assert.Equal(("Spielzeugbibliothek", "de"), (fallback.Text(), fallback.GetAttribute("lang")));
    }

    private async Task WaitUntilFoundAsync(string text, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IOfferSearch>().SearchAsync(new SearchQuery { Text = text, Culture = "tr" });
            if (result.Total == expected)
                return;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Search for '{text}' finds {result.Total}, expected {expected}.");
            await Task.Delay(100);
        }
    }
}
