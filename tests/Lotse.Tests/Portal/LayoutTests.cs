using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Portal;

/// <summary>What every public page shares: language, landmarks, skip link, one h1, headings in order, no foreign hosts.</summary>
public sealed class LayoutTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);
    private readonly HttpClient _client;

    public LayoutTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Every_page_has_language_landmarks_skip_link_one_h1_and_ordered_headings()
    {
        var offer = await PortalTestData.AddOfferAsync(_factory, "Integrationskurs", (o, _) => o.Description = "# Ablauf\n\nText\n\n### Tief", topics: ["sprache"]);
        await PortalTestData.WaitForSearchAsync(_factory, 1);

        foreach (var (url, status) in new[]
        {
            ("/de/", 200), ("/de/suche", 200), ("/de/suche?q=Kurs&topic=sprache", 200), ("/de/suche?q=nichts", 200),
            ("/de/suche?page=-1", 400), ($"/de/angebote/{offer.Id}", 200), ($"/de/angebote/{offer.Id}/drucken", 200),
            ("/de/angebote/unbekannt", 404),
        })
        {
            var page = await PortalTestData.GetDocumentAsync(_client, url, (System.Net.HttpStatusCode)status);

            Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
            Assert.Single(page.QuerySelectorAll("main"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.False(string.IsNullOrWhiteSpace(page.Title), url);
            var levels = page.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Select(h => h.TagName[1] - '0').ToList();
            Assert.Equal(1, levels[0]);
            for (var i = 1; i < levels.Count; i++)
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{url}: heading h{levels[i]} follows h{levels[i - 1]}");
            if (!url.EndsWith("/drucken", StringComparison.Ordinal))
            {
                var skip = page.QuerySelector("body a");
                Assert.Equal("#inhalt", skip!.GetAttribute("href"));
                Assert.Equal("inhalt", page.QuerySelector("main")!.Id);
                Assert.NotNull(page.QuerySelector("header"));
                Assert.NotNull(page.QuerySelector("footer"));
            }
            foreach (var resource in page.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], script[src], img[src]"))
            {
                var address = resource.GetAttribute("href") ?? resource.GetAttribute("src")!;
                Assert.StartsWith("/", address);
                Assert.False(address.StartsWith("//", StringComparison.Ordinal), address);
            }
        }
    }

    [Fact]
    public async Task Vendored_kern_css_fonts_and_own_assets_are_served_locally()
    {
        foreach (var path in new[]
        {
            "/vendor/kern-ux/kern.portal.css", "/vendor/kern-ux/fonts.css", "/vendor/kern-ux/fonts/FiraSans-Regular.woff2",
            "/vendor/kern-ux/fonts/FiraSans-Medium.woff2", "/vendor/kern-ux/fonts/FiraSans-SemiBold.woff2", "/css/lotse.css", "/js/lotse.js",
        })
        {
            using var response = await _client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, path);
        }
        var fonts = await _client.GetStringAsync("/vendor/kern-ux/fonts.css");
        Assert.DoesNotContain("http", fonts);
    }

    [Fact]
    public async Task Unknown_culture_segments_are_not_portal_pages()
    {
        using var response = await _client.GetAsync("/xx/suche");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
