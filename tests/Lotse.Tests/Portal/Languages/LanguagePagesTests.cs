using System.Net;
using Lotse.Features.Directory;
using Lotse.Features.Portal;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Portal.Languages;

/// <summary>The portal pages in each language: lang and dir, the switcher, translated labels, local formats.</summary>
public sealed class LanguagePagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);
    private readonly HttpClient _client;

    public LanguagePagesTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Every_page_states_its_language_and_arabic_and_persian_read_right_to_left()
    {
        var offer = await PortalTestData.AddOfferAsync(_factory, "Sprachcafé", topics: ["sprache"]);
        await PortalTestData.WaitForSearchAsync(_factory, 1);

        foreach (var culture in PortalCultures.All)
        {
            var expectedDir = culture.Segment is "ar" or "fa" ? "rtl" : "ltr";
            foreach (var (path, status) in new[]
            {
                ("/", HttpStatusCode.OK), ("/suche?q=Sprachcaf%C3%A9&topic=sprache", HttpStatusCode.OK), ($"/angebote/{offer.Id}", HttpStatusCode.OK),
                ($"/angebote/{offer.Id}/drucken", HttpStatusCode.OK), ("/angebote/unbekannt", HttpStatusCode.NotFound),
            })
            {
                var url = $"/{culture.Segment}{path}";
                var page = await PortalTestData.GetDocumentAsync(_client, url, status);

                Assert.Equal(culture.Segment, page.DocumentElement.GetAttribute("lang"));
                Assert.True(expectedDir == page.DocumentElement.GetAttribute("dir"), url);
            }
        }
    }

    [Fact]
    public async Task The_language_switcher_links_the_same_search_in_every_language()
    {
        var page = await PortalTestData.GetDocumentAsync(_client, "/de/suche?q=Beratung&topic=sprache&language=ar&sort=name");

        var links = page.QuerySelectorAll("header nav.lotse-languages a");
        Assert.Equal(PortalCultures.All.Select(c => c.NativeName), links.Select(a => a.Text()));
        foreach (var (link, culture) in links.Zip(PortalCultures.All))
        {
            Assert.Equal($"/{culture.Segment}/suche?q=Beratung&topic=sprache&language=ar&sort=name", link.GetAttribute("href"));
            Assert.Equal(culture.Segment, link.GetAttribute("lang"));
            Assert.Equal(culture.Segment, link.GetAttribute("hreflang"));
        }
        Assert.Equal("true", links[0].GetAttribute("aria-current"));
        Assert.Equal("rtl", links.Single(a => a.GetAttribute("lang") == "ar").GetAttribute("dir"));

        var alternates = page.Head!.QuerySelectorAll("link[rel=alternate][hreflang]");
        Assert.Equal(PortalCultures.All.Count, alternates.Length);
        Assert.EndsWith("/tr/suche?q=Beratung&topic=sprache&language=ar&sort=name", alternates.Single(l => l.GetAttribute("hreflang") == "tr").GetAttribute("href"));
        Assert.StartsWith("http", alternates[0].GetAttribute("href"));
    }

    [Fact]
    public async Task The_switcher_on_the_start_page_and_an_error_page_keeps_the_address()
    {
        var start = await PortalTestData.GetDocumentAsync(_client, "/ar/");
        Assert.Equal("/uk/", start.QuerySelector("nav.lotse-languages a[lang=uk]")!.GetAttribute("href"));

        var missing = await PortalTestData.GetDocumentAsync(_client, "/fa/angebote/unbekannt?x=1", HttpStatusCode.NotFound);
        Assert.Equal("/pl/angebote/unbekannt?x=1", missing.QuerySelector("nav.lotse-languages a[lang=pl]")!.GetAttribute("href"));
        Assert.Empty(missing.QuerySelectorAll("link[rel=alternate]"));
    }

    [Fact]
    public async Task Facet_labels_and_terms_appear_in_the_readers_language()
    {
        await PortalTestData.AddOfferAsync(_factory, "Deutschkurs am Abend", topics: ["sprache"], types: ["sprachkurs"], languages: ["ar", "tr"], audiences: ["frauen"]);
        await PortalTestData.WaitForSearchAsync(_factory, 1);

        var english = await PortalTestData.GetDocumentAsync(_client, "/en/suche?type=sprachkurs");
        var filters = english.QuerySelector(".lotse-facets").Text();
        Assert.Contains("Type of service", filters);
        Assert.Contains("Language course", filters);
        Assert.Contains("Women", filters);
        Assert.Contains("Arabic", filters);
        Assert.DoesNotContain("Sprachkurs", filters);
        Assert.Contains("Type of service: Language course", english.QuerySelector(".lotse-chips").Text());
        Assert.Contains("Language course", english.QuerySelector(".lotse-hit .lotse-badges").Text());
        var hitLanguages = english.QuerySelectorAll(".lotse-hit p.lotse-meta").Select(p => p.Text()).Single(t => t.StartsWith("Languages:", StringComparison.Ordinal));
        Assert.Contains("Arabic", hitLanguages);
        Assert.Contains("Turkish", hitLanguages);

        var turkish = await PortalTestData.GetDocumentAsync(_client, "/tr/");
        Assert.Contains("Dil kursu", turkish.QuerySelector("select#type").Text());
        Assert.Contains("Dil", turkish.QuerySelector(".lotse-topics").Text());

        // Municipalities are proper names and stay German.
        Assert.Contains("Troisdorf", english.QuerySelector(".lotse-facets").Text());
    }

    [Fact]
    public async Task The_offer_page_shows_terms_weekdays_dates_and_money_in_the_readers_language()
    {
        var offer = await PortalTestData.AddOfferAsync(_factory, "Nähcafé", (o, _) =>
        {
            o.StartsOn = new DateOnly(2025, 9, 1);
            o.EndsOn = new DateOnly(2025, 12, 19);
            o.Schedules.Add(new Schedule { Weekday = DayOfWeek.Tuesday, OpensAt = new TimeOnly(9, 0), ClosesAt = new TimeOnly(12, 0) });
            o.CostOptions.Add(new CostOption { Option = "Material", Amount = 1250m });
        }, topics: ["kultur"], types: ["treffpunkt"], languages: ["fa"], audiences: ["eltern"]);

        var english = await PortalTestData.GetDocumentAsync(_client, $"/en/angebote/{offer.Id}");
        var facts = english.QuerySelector("#ueberblick")!.ParentElement.Text();
        Assert.Contains("Meeting place", facts);
        Assert.Contains("Culture and meeting people", facts);
        Assert.Contains("Parents", facts);
        Assert.Contains("Persian (Farsi/Dari) (فارسی)", facts);
        Assert.Contains("from 01/09/2025 to 19/12/2025", facts);
        Assert.Contains("Tuesday", english.QuerySelector(".lotse-opening-hours").Text());
        Assert.Contains("€1,250.00", english.QuerySelector("#kosten")!.ParentElement.Text());
        Assert.Contains("Last checked on 14/03/2025", english.Body.Text());

        var polish = await PortalTestData.GetDocumentAsync(_client, $"/pl/angebote/{offer.Id}");
        Assert.Contains("wtorek", polish.QuerySelector(".lotse-opening-hours").Text());
        // Text() folds the culture's no-break spaces into plain ones.
        Assert.Contains("1 250,00 €", polish.QuerySelector("#kosten")!.ParentElement.Text());

        // Persian pages use the Gregorian calendar of the offers' dates, not the Solar Hijri default of fa-IR.
        var persian = await PortalTestData.GetDocumentAsync(_client, $"/fa/angebote/{offer.Id}");
        var persianText = persian.Body.Text();
        Assert.Contains("2025", persianText);
        Assert.DoesNotContain("1404", persianText);
        Assert.DoesNotContain("1403", persianText);
        Assert.Contains("سه‌شنبه", persian.QuerySelector(".lotse-opening-hours").Text());
        // The language is named in the page's own language, without repeating its endonym.
        Assert.Contains("فارسی / دری", persianText);
    }

    [Fact]
    public async Task German_content_on_a_page_in_another_language_is_marked_as_German()
    {
        var offer = await PortalTestData.AddOfferAsync(_factory, "Frauentreff", (o, _) =>
        {
            o.Phone = "02241 555-0100";
            o.Schedules.Add(new Schedule { Weekday = DayOfWeek.Monday, OpensAt = new TimeOnly(9, 0), ClosesAt = new TimeOnly(12, 0), Note = "nur nach Anmeldung" });
        });
        await PortalTestData.WaitForSearchAsync(_factory, 1);

        var arabic = await PortalTestData.GetDocumentAsync(_client, $"/ar/angebote/{offer.Id}");
        var heading = arabic.QuerySelector("h1")!;
        Assert.Equal(("de", "ltr"), (heading.GetAttribute("lang"), heading.GetAttribute("dir")));
        Assert.Equal("de", arabic.QuerySelector(".lotse-description")!.GetAttribute("lang"));
        var times = arabic.QuerySelector(".lotse-opening-hours dd")!;
        Assert.Equal("ltr", times.QuerySelector("bdi")!.GetAttribute("dir"));
        Assert.Equal("nur nach Anmeldung", times.QuerySelector("bdi[lang=de]").Text());

        Assert.Equal("ltr", arabic.QuerySelector("a[href^='tel:']")!.GetAttribute("dir"));

        var hit = (await PortalTestData.GetDocumentAsync(_client, "/fa/suche?q=Frauentreff")).QuerySelector(".lotse-hit h3")!;
        Assert.Equal(("de", "ltr"), (hit.GetAttribute("lang"), hit.GetAttribute("dir")));

        var english = await PortalTestData.GetDocumentAsync(_client, $"/en/angebote/{offer.Id}");
        Assert.Equal(("de", null), (english.QuerySelector("h1")!.GetAttribute("lang"), english.QuerySelector("h1")!.GetAttribute("dir")));

        var german = await PortalTestData.GetDocumentAsync(_client, $"/de/angebote/{offer.Id}");
        Assert.Null(german.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Contains("09:00–12:00 Uhr (nur nach Anmeldung)", german.QuerySelector(".lotse-opening-hours").Text());
    }
}
