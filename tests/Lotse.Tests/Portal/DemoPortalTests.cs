using System.Text.Json;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Portal;

/// <summary>The portal over the demo data, read only: every listed offer's page, print view and vCard render.</summary>
public sealed class DemoPortalTests(DemoAppFixture app) : IClassFixture<DemoAppFixture>
{
    [Fact]
    public async Task Start_page_offers_the_search_mask_over_the_demo_data()
    {
        var page = await PortalTestData.GetDocumentAsync(app.Client, "/de/");

        var form = page.QuerySelector("form[action='/de/suche']")!;
        Assert.NotNull(form.QuerySelector("input[type=search][name=q]"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        foreach (var facet in new[] { "topic", "type", "language", "audience", "municipality" })
            Assert.True(form.QuerySelectorAll($"select[name={facet}] option").Length > 2, facet);
        Assert.True(page.QuerySelectorAll(".lotse-topics a").Length >= 10);
    }

    [Fact]
    public async Task Every_offer_of_the_first_result_pages_renders_with_json_ld_print_view_and_vcard()
    {
        var checkedOffers = 0;
        for (var pageNumber = 1; pageNumber <= 3; pageNumber++)
        {
            var results = await PortalTestData.GetDocumentAsync(app.Client, $"/de/suche?sort=name&pageSize=50&page={pageNumber}");
            foreach (var link in results.QuerySelectorAll(".lotse-hit h3 a"))
            {
                var href = link.GetAttribute("href")!;
                var offer = await PortalTestData.GetDocumentAsync(app.Client, href);
                Assert.Equal(link.Text(), offer.QuerySelector("h1").Text());
                using var json = JsonDocument.Parse(offer.QuerySelector("script[type='application/ld+json']")!.TextContent);
                Assert.Equal(link.Text(), json.RootElement.GetProperty("name").GetString());

                await PortalTestData.GetDocumentAsync(app.Client, href + "/drucken");
                using var vcard = await app.Client.GetAsync(href + "/vcard");
                Assert.Equal("text/vcard", vcard.Content.Headers.ContentType!.MediaType);
                checkedOffers++;
            }
        }
        Assert.True(checkedOffers >= 150, $"only {checkedOffers} offers listed");
    }
}
