using System.Net;
using System.Text.Json;
using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Portal;

public sealed class OfferPageTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);
    private readonly HttpClient _client;

    public OfferPageTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private Task<Offer> AddCompleteOfferAsync() => PortalTestData.AddOfferAsync(_factory, "Sprachcafé am Markt", (offer, db) =>
    {
        offer.Phone = "02241 555-0199";
        offer.Email = "sprachcafe@traeger.example";
        offer.Url = "https://sprachcafe.example/";
        offer.IsFree = true;
        offer.FeesDescription = "Material wird gestellt.";
        offer.EligibilityDescription = "Alle, die Deutsch üben möchten.";
        offer.ApplicationProcess = "Ohne Anmeldung.";
        offer.IsExample = true;
        offer.Locations.Add(new Location
        {
            Id = Guid.NewGuid(),
            Name = "Bürgerhaus Mitte",
            Street = "Marktplatz 1",
            PostalCode = "53840",
            City = "Troisdorf",
            AccessibilityDescription = "Stufenloser Zugang, Aufzug",
            Transportation = "Bus 501 bis Markt",
        });
        offer.Schedules.Add(new Schedule { Id = Guid.NewGuid(), Weekday = DayOfWeek.Monday, OpensAt = new TimeOnly(9, 0), ClosesAt = new TimeOnly(12, 0) });
        offer.Schedules.Add(new Schedule { Id = Guid.NewGuid(), Weekday = DayOfWeek.Monday, OpensAt = new TimeOnly(14, 0), ClosesAt = new TimeOnly(16, 30) });
        offer.Schedules.Add(new Schedule { Id = Guid.NewGuid(), Weekday = DayOfWeek.Thursday, OpensAt = new TimeOnly(17, 0), ClosesAt = new TimeOnly(19, 0), Note = "nicht in den Ferien" });
        offer.Contacts.Add(new Contact { Id = Guid.NewGuid(), Name = "Erika Einverstanden", Phone = "02241 555-0111", ConsentGivenOn = new DateOnly(2025, 1, 2) });
        offer.Contacts.Add(new Contact { Id = Guid.NewGuid(), Name = "Otto Ohnezustimmung", Email = "otto@traeger.example" });
        offer.CostOptions.Add(new CostOption { Id = Guid.NewGuid(), Option = "Kursgebühr je Modul", Amount = 1250m });
    }, topics: ["sprache"], types: ["treffpunkt"], languages: ["de", "ar"]);

    [Fact]
    public async Task Offer_page_shows_provider_address_opening_hours_costs_and_languages()
    {
        var offer = await AddCompleteOfferAsync();

        var page = await PortalTestData.GetDocumentAsync(_client, $"/de/angebote/{offer.Id}");

        Assert.Equal("Sprachcafé am Markt", page.QuerySelector("h1").Text());
        var text = page.Body.Text();
        Assert.Contains("Träger von Sprachcafé am Markt", text);
        Assert.Contains("Marktplatz 1", text);
        Assert.Contains("53840 Troisdorf", text);
        Assert.Contains("Stufenloser Zugang, Aufzug", text);
        Assert.Contains("Bus 501 bis Markt", text);
        // Day and times as a reader hears them: each day, then its times, one after the other.
        var hours = string.Join(" ", page.QuerySelectorAll(".lotse-opening-hours dt, .lotse-opening-hours .lotse-line").Select(e => e.Text().Trim()));
        Assert.Contains("Montag 09:00–12:00 Uhr 14:00–16:30 Uhr", hours);
        Assert.Contains("Donnerstag 17:00–19:00 Uhr (nicht in den Ferien)", hours);
        Assert.Contains("kostenlos", text);
        Assert.Contains("1.250,00 €", text);
        Assert.Contains("Arabisch", text);
        Assert.Contains("Zuletzt geprüft am 14.03.2025", text);
        Assert.NotNull(page.QuerySelector("a[href='tel:022415550199']"));
        Assert.NotNull(page.QuerySelector("a[href='mailto:sprachcafe@traeger.example']"));
        Assert.NotNull(page.QuerySelector($"a[href='/de/angebote/{offer.Id}/vcard']"));
        Assert.NotNull(page.QuerySelector($"a[href='/de/angebote/{offer.Id}/drucken']"));
        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Contacts_without_consent_are_not_shown()
    {
        var offer = await AddCompleteOfferAsync();

        using var response = await _client.GetAsync($"/de/angebote/{offer.Id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Erika Einverstanden", html);
        Assert.Contains("tel:022415550111", html);
        Assert.DoesNotContain("Otto Ohnezustimmung", html);
        Assert.DoesNotContain("otto@traeger.example", html);
    }

    [Fact]
    public async Task Example_offers_carry_a_visible_badge_with_an_explanation()
    {
        var offer = await AddCompleteOfferAsync();

        var page = await PortalTestData.GetDocumentAsync(_client, $"/de/angebote/{offer.Id}");

        Assert.Contains(page.QuerySelectorAll(".kern-badge"), b => b.Text() == "Beispiel");
        Assert.Contains("erfundene Einträge", page.QuerySelector(".lotse-example-note").Text());
    }

    [Fact]
    public async Task Json_ld_is_valid_json_with_the_offer_and_its_provider()
    {
        var offer = await AddCompleteOfferAsync();

        var page = await PortalTestData.GetDocumentAsync(_client, $"/de/angebote/{offer.Id}");
        var script = page.QuerySelector("script[type='application/ld+json']");

        Assert.NotNull(script);
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Sprachcafé am Markt", root.GetProperty("name").GetString());
        Assert.Equal("Träger von Sprachcafé am Markt", root.GetProperty("provider").GetProperty("name").GetString());
        Assert.Equal("Troisdorf", root.GetProperty("areaServed").GetProperty("name").GetString());
        var place = root.GetProperty("availableChannel").GetProperty("serviceLocation")[0];
        Assert.Equal("Marktplatz 1", place.GetProperty("address").GetProperty("streetAddress").GetString());
        Assert.Equal(3, place.GetProperty("openingHoursSpecification").GetArrayLength());
        Assert.Contains(root.GetProperty("availableLanguage").EnumerateArray(), l => l.GetProperty("name").GetString() == "Arabisch");
    }

    [Fact]
    public async Task Json_ld_cannot_be_closed_by_data()
    {
        var offer = await PortalTestData.AddOfferAsync(_factory, "Kurs </script><script>alert(1)</script>");

        using var response = await _client.GetAsync($"/de/angebote/{offer.Id}");
        var html = await response.Content.ReadAsStringAsync();
        var page = PortalTestData.Parse(html);

        Assert.DoesNotContain("<script>alert(1)", html);
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        Assert.Single(scripts);
        using var json = JsonDocument.Parse(scripts[0].TextContent);
        Assert.Equal("Kurs </script><script>alert(1)</script>", json.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Markdown_description_is_rendered_and_sanitised()
    {
        var offer = await PortalTestData.AddOfferAsync(_factory, "Beratung mit Markdown", (o, _) =>
        {
            o.Description = """
                # Überschrift

                Ein **wichtiger** Hinweis mit [Link](https://beratung.example/info).

                <script>alert('xss')</script>

                [Klick mich](javascript:alert(1)) und <img src=x onerror="alert(2)">

                - erster Punkt
                - zweiter Punkt
                """;
            o.Url = "javascript:alert(3)";
        });

        var page = await PortalTestData.GetDocumentAsync(_client, $"/de/angebote/{offer.Id}");
        var description = page.QuerySelector(".lotse-description")!;

        Assert.Equal("wichtiger", description.QuerySelector("strong").Text());
        Assert.Equal(2, description.QuerySelectorAll("li").Length);
        Assert.Equal("Überschrift", description.QuerySelector("h3").Text());
        Assert.NotNull(description.QuerySelector("a[href='https://beratung.example/info']"));
        Assert.Empty(description.QuerySelectorAll("script, img, [onerror]"));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(page.QuerySelectorAll("main script:not([type='application/ld+json'])"));
    }

    [Fact]
    public async Task Print_view_shows_the_offer_without_site_navigation()
    {
        var offer = await AddCompleteOfferAsync();

        var page = await PortalTestData.GetDocumentAsync(_client, $"/de/angebote/{offer.Id}/drucken");

        Assert.Equal("Sprachcafé am Markt", page.QuerySelector("h1").Text());
        Assert.Contains("Marktplatz 1", page.Body.Text());
        Assert.Null(page.QuerySelector("nav"));
    }

    [Fact]
    public async Task Unknown_unpublished_and_malformed_ids_get_the_german_404_page()
    {
        var draft = await PortalTestData.AddOfferAsync(_factory, "Noch ein Entwurf", (o, _) => o.Status = OfferStatus.Draft);
        var archived = await PortalTestData.AddOfferAsync(_factory, "Schon archiviert", (o, _) => o.Status = OfferStatus.Archived);

        foreach (var url in new[]
        {
            $"/de/angebote/{Guid.NewGuid()}",
            $"/de/angebote/{draft.Id}",
            $"/de/angebote/{archived.Id}",
            "/de/angebote/kein-guid",
            "/de/angebote/%27%20OR%201=1--",
            $"/de/angebote/{draft.Id}/vcard",
            $"/de/angebote/{draft.Id}/drucken",
            "/de/angebote/123/vcard",
            $"/de/angebote/{Guid.NewGuid()}/unbekannt",
            "/de/gibt-es-nicht",
        })
        {
            var page = await PortalTestData.GetDocumentAsync(_client, url, HttpStatusCode.NotFound);
            Assert.Equal("Seite nicht gefunden", page.QuerySelector("h1").Text());
        }
    }
}
