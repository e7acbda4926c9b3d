using System.Net;
using AngleSharp.Html.Dom;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Portal;

/// <summary>The result page over three offers of this test's own database.</summary>
public sealed class SearchPageTests : IClassFixture<SearchPageTests.ThreeOffers>
{
    private readonly HttpClient _client;

    public SearchPageTests(ThreeOffers app) => _client = app.Client;

    public sealed class ThreeOffers : IAsyncLifetime, IDisposable
    {
        public LotseAppFactory Factory { get; } = new(demoData: false);
        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Client = Factory.CreateClient(new() { AllowAutoRedirect = false });
            await PortalTestData.AddOfferAsync(Factory, "Deutschkurs für Frauen", (o, _) => o.IsExample = true,
                topics: ["sprache"], types: ["sprachkurs"], languages: ["de", "ar"], audiences: ["frauen"]);
            await PortalTestData.AddOfferAsync(Factory, "Sprachcafé Siegburg",
                topics: ["sprache", "kultur"], types: ["treffpunkt"], languages: ["de"], municipality: PortalTestData.Siegburg);
            await PortalTestData.AddOfferAsync(Factory, "Migrationsberatung",
                topics: ["soziales"], types: ["beratung"], languages: ["de", "tr"]);
            await PortalTestData.WaitForSearchAsync(Factory, 3);
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Factory.Dispose();
    }

    private Task<IHtmlDocument> Get(string url, HttpStatusCode status = HttpStatusCode.OK) => PortalTestData.GetDocumentAsync(_client, url, status);

    private static AngleSharp.Dom.IElement? Checkbox(IHtmlDocument page, string facet, string code) =>
        page.QuerySelector($"input[type=checkbox][name='{facet}'][value='{code}']");

    private static string LabelOf(IHtmlDocument page, AngleSharp.Dom.IElement checkbox) =>
        page.QuerySelector($"label[for='{checkbox.Id}']").Text();

    [Fact]
    public async Task Result_page_lists_all_hits_with_count_heading_and_facets_with_counts()
    {
        var page = await Get("/de/suche");

        Assert.Equal("3 Angebote gefunden", page.QuerySelector("#result-heading").Text());
        Assert.Equal(3, page.QuerySelectorAll(".lotse-hit").Length);
        Assert.Equal("Sprache (2 Angebote)", LabelOf(page, Checkbox(page, "topic", "sprache")!));
        Assert.Equal("Kultur und Begegnung (1 Angebote)", LabelOf(page, Checkbox(page, "topic", "kultur")!));
        Assert.Equal("Deutsch (3 Angebote)", LabelOf(page, Checkbox(page, "language", "de")!));
        Assert.Equal("Troisdorf (2 Angebote)", LabelOf(page, Checkbox(page, "municipality", PortalTestData.Troisdorf)!));
        Assert.All(page.QuerySelectorAll("fieldset"), f => Assert.NotNull(f.QuerySelector("legend")));
        Assert.NotNull(page.QuerySelector(".lotse-facets button[type=submit]"));
    }

    [Fact]
    public async Task A_hit_shows_link_organisation_municipality_badges_languages_and_last_verified()
    {
        var page = await Get("/de/suche?q=Migrationsberatung");

        var hit = Assert.Single(page.QuerySelectorAll(".lotse-hit"));
        var link = hit.QuerySelector("h3 a")!;
        Assert.Equal("Migrationsberatung", link.Text());
        Assert.Matches("^/de/angebote/[0-9a-f-]{36}$", link.GetAttribute("href")!);
        Assert.Contains("Träger von Migrationsberatung · Troisdorf", hit.Text());
        Assert.Contains(hit.QuerySelectorAll(".kern-badge"), b => b.Text() == "Beratung");
        Assert.Contains(hit.QuerySelectorAll(".kern-badge"), b => b.Text() == "Soziales und Beratung");
        Assert.Contains("Sprachen: Deutsch, Türkisch", hit.Text());
        Assert.Contains("zuletzt geprüft: 14.03.2025", hit.Text());
        Assert.DoesNotContain(hit.QuerySelectorAll(".kern-badge"), b => b.Text() == "Beispiel");
    }

    [Fact]
    public async Task Example_hits_carry_the_badge_and_the_page_explains_it()
    {
        var page = await Get("/de/suche?type=sprachkurs");

        var hit = Assert.Single(page.QuerySelectorAll(".lotse-hit"));
        Assert.Contains(hit.QuerySelectorAll(".kern-badge"), b => b.Text() == "Beispiel");
        Assert.Contains("erfundene Einträge", page.QuerySelector("#example-note").Text());
    }

    [Fact]
    public async Task Filters_stay_checked_show_as_removable_chips_and_survive_paging_links()
    {
        var page = await Get("/de/suche?q=Beschreibung&topic=sprache&language=de&pageSize=1&sort=name");

        Assert.Equal("2 Angebote gefunden", page.QuerySelector("#result-heading").Text());
        Assert.True(Checkbox(page, "topic", "sprache")!.HasAttribute("checked"));
        Assert.True(Checkbox(page, "language", "de")!.HasAttribute("checked"));
        Assert.False(Checkbox(page, "language", "ar")!.HasAttribute("checked"));
        Assert.Equal("Beschreibung", page.QuerySelector("input[name=q]")!.GetAttribute("value"));
        Assert.Equal("name", page.QuerySelector("select[name=sort] option[selected]")!.GetAttribute("value"));

        var chips = page.QuerySelectorAll(".lotse-chips a.lotse-chip");
        Assert.Equal(2, chips.Length);
        var removeTopic = chips.Single(c => c.Text().StartsWith("Thema: Sprache", StringComparison.Ordinal)).GetAttribute("href");
        Assert.Equal("/de/suche?q=Beschreibung&language=de&sort=name&pageSize=1", removeTopic);

        var next = page.QuerySelector(".lotse-pager a[rel=next]")!.GetAttribute("href");
        Assert.Equal("/de/suche?q=Beschreibung&topic=sprache&language=de&sort=name&pageSize=1&page=2", next);
        var second = await Get(next!);
        Assert.Single(second.QuerySelectorAll(".lotse-hit"));
        Assert.Equal("2", second.QuerySelector(".lotse-pager [aria-current=page]").Text());
        Assert.True(Checkbox(second, "topic", "sprache")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Values_of_one_facet_combine_with_or_and_facets_with_and()
    {
        var either = await Get("/de/suche?type=sprachkurs&type=beratung");
        var both = await Get("/de/suche?type=sprachkurs&type=beratung&language=tr");

        Assert.Equal("2 Angebote gefunden", either.QuerySelector("#result-heading").Text());
        Assert.Equal("1 Angebot gefunden", both.QuerySelector("#result-heading").Text());
    }

    [Fact]
    public async Task Nothing_found_gives_a_clear_message_with_suggestions()
    {
        var page = await Get("/de/suche?q=Zahnarzt&topic=sprache");

        Assert.Equal("Keine Angebote gefunden", page.QuerySelector("#result-heading").Text());
        Assert.Contains("keine Angebote gefunden", page.QuerySelector("[role=status]").Text());
        Assert.Contains(page.QuerySelectorAll("[role=status] a"), a => a.Text() == "Filter entfernen und erneut suchen" && a.GetAttribute("href") == "/de/suche?q=Zahnarzt");
    }

    [Fact]
    public async Task Unknown_codes_find_nothing_instead_of_failing()
    {
        var page = await Get("/de/suche?topic=gibtsnicht&municipality=99999999&sort=quatsch&near=00000000");

        Assert.Equal("Keine Angebote gefunden", page.QuerySelector("#result-heading").Text());
    }

    [Fact]
    public async Task Start_page_has_the_search_mask_and_topic_entry_points_with_counts()
    {
        var page = await Get("/de/");

        var form = page.QuerySelector("form[action='/de/suche']")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        foreach (var facet in new[] { "topic", "type", "language", "audience", "municipality" })
            Assert.NotNull(form.QuerySelector($"select[name={facet}]"));
        Assert.Equal("Sprachkurs (1)", form.QuerySelector("select[name=type] option[value=sprachkurs]").Text());
        Assert.Equal("Frauen (1)", form.QuerySelector("select[name=audience] option[value=frauen]").Text());
        var topic = page.QuerySelector("a[href='/de/suche?topic=sprache']");
        Assert.Equal("Sprache (2 Angebote)", topic.Text());
        Assert.Contains("Sprach- und Integrationskursen", page.Body.Text());
    }

    [Fact]
    public async Task Root_redirects_to_the_german_start_page()
    {
        using var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/de/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/de/suche?page=-1")]
    [InlineData("/de/suche?page=0")]
    [InlineData("/de/suche?page=abc")]
    [InlineData("/de/suche?page=1.5")]
    [InlineData("/de/suche?page=99999999999999999999")]
    [InlineData("/de/suche?pageSize=0")]
    [InlineData("/de/suche?pageSize=100000")]
    [InlineData("/de/suche?pageSize=-5&q=Kurs")]
    public async Task Invalid_paging_is_a_400_with_a_german_message(string url)
    {
        var page = await Get(url, HttpStatusCode.BadRequest);

        var alert = page.QuerySelector("[role=alert]");
        Assert.Contains("Die Anfrage ist ungültig", alert.Text());
        Assert.Matches("Seitenzahl|Treffer pro Seite", alert.Text());
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task A_page_past_the_end_says_so_and_links_back()
    {
        var page = await Get("/de/suche?page=50");

        Assert.Contains("Diese Ergebnisseite gibt es nicht", page.Body.Text());
        Assert.NotNull(page.QuerySelector("a[href='/de/suche']"));
    }

    public static TheoryData<string> HostileQueries() =>
    [
        "\"", "*", "~", "AND (", "\\", "[", "]", "{", "?", "title:x", "a OR", "NOT", "&&", "||", "!", "^2", "/regex/",
        "<script>alert(1)</script>", "\u0000\u0001\u001f", "Ärger ß ümlaut", "مرحبا", "😀", "%", "\ud800",
        new string('x', 10_000), string.Concat(Enumerable.Repeat("Kurs ", 2_000)),
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_free_text_renders_a_normal_page(string query)
    {
        using var response = await _client.GetAsync("/de/suche?q=" + Uri.EscapeDataString(query.Replace("\ud800", "")) + "&topic=" + Uri.EscapeDataString(query[..Math.Min(query.Length, 50)]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = PortalTestData.Parse(html);
        Assert.NotNull(page.QuerySelector("#result-heading"));
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.True((page.QuerySelector("input[name=q]")!.GetAttribute("value") ?? "").Length <= 500);
    }

    [Theory]
    [InlineData("/de/suche?q=%E0%A4%A")]
    [InlineData("/de/suche?q=%ZZ%")]
    [InlineData("/de/suche?q=%C0%AF")]
    [InlineData("/de/suche?%%%=1&topic=%FF")]
    public async Task Invalid_percent_encoding_renders_a_normal_page(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
