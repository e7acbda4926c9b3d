using System.Net;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Portal.Accessibility;

public sealed class AccessibilityPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);
    private readonly HttpClient _client;

    public AccessibilityPagesTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/de/leichte-sprache", "Leichte Sprache")]
    [InlineData("/de/barrierefreiheit", "Erklärung zur Barrierefreiheit")]
    [InlineData("/de/barrierefreiheit/rueckmeldung", "Rückmeldung zur Barrierefreiheit")]
    public async Task The_pages_answer_in_German(string url, string heading)
    {
        var page = await PortalTestData.GetDocumentAsync(_client, url);

        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1").Text());
    }

    [Fact]
    public async Task The_Leichte_Sprache_page_explains_search_and_help_and_has_the_sign_language_place()
    {
        var page = await PortalTestData.GetDocumentAsync(_client, "/de/leichte-sprache");
        var text = page.Body!.TextContent;

        Assert.Contains("Klicken Sie auf den Knopf", text);
        Assert.Contains("0221 4710-000", text);
        Assert.Contains("kiz@rhein-sieg.example", text);
        Assert.Contains("Beispiele", text);
        var sign = page.GetElementById("gebaerdensprache")!;
        Assert.Contains("Das Video folgt.", sign.TextContent);
        Assert.Contains("Der Text zum Video", sign.TextContent);
    }

    [Fact]
    public async Task The_statement_names_its_status_gaps_and_enforcement_and_links_the_form()
    {
        var page = await PortalTestData.GetDocumentAsync(_client, "/de/barrierefreiheit");
        var text = page.Body!.TextContent;

        Assert.Contains("teilweise vereinbar", text);
        Assert.Contains("Gebärdensprache fehlt", text);
        Assert.Contains("Ombudsstelle für barrierefreie Informationstechnik NRW", text);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/de/barrierefreiheit/rueckmeldung");
    }

    [Fact]
    public async Task The_footer_of_the_start_page_and_of_an_offer_page_links_all_three()
    {
        var offer = await PortalTestData.AddOfferAsync(_factory, "Sprachcafé");
        foreach (var url in new[] { "/de/", $"/de/angebote/{offer.Id}" })
        {
            var page = await PortalTestData.GetDocumentAsync(_client, url);
            var footer = page.QuerySelector("footer.lotse-footer")!;
            var links = footer.QuerySelectorAll("a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent.Trim());
            Assert.Equal("Leichte Sprache", links["/de/leichte-sprache"]);
            Assert.Equal("Gebärdensprache", links["/de/leichte-sprache#gebaerdensprache"]);
            Assert.Equal("Barrierefreiheit", links["/de/barrierefreiheit"]);
        }
        var english = await PortalTestData.GetDocumentAsync(_client, "/en/");
        Assert.Contains(english.QuerySelectorAll("footer.lotse-footer a"), a => a.GetAttribute("href") == "/en/barrierefreiheit" && a.TextContent.Trim() == "Accessibility");
    }
}
