using System.Diagnostics;
using AngleSharp.Html.Parser;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.Search;

namespace Lotse.Tests.OpenData.HsdsImport;

/// <summary>One app with the Musterstadt package imported, once the search index has caught up.</summary>
public sealed class ImportedMusterstadtFixture : IAsyncLifetime
{
    public LotseAppFactory Factory { get; } = new(demoData: false);
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        await Factory.WaitForIndexAsync();
        var (exitCode, output, error) = await Factory.ImportAsync("hsds", HsdsImportTestData.Musterstadt);
        Assert.True(exitCode == 0, output + error);
        // The index follows the committed change log on its own; wait until it shows the four published offers.
        var clock = Stopwatch.StartNew();
        while ((await Factory.SearchAsync(SearchTestData.Query(null))).Total < 4)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "The search did not show the imported offers.");
            await Task.Delay(50);
        }
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Offers of a third-party package are found by the portal search with their facets once the import commits.</summary>
public sealed class HsdsImportSearchTests(ImportedMusterstadtFixture app) : IClassFixture<ImportedMusterstadtFixture>
{
    private async Task<List<string>> ResultsAsync(string query)
    {
        var html = await app.Client.GetStringAsync($"/de/suche?{query}");
        return new HtmlParser().ParseDocument(html).QuerySelectorAll("main h3 a").Select(h => h.TextContent.Trim()).ToList();
    }

    [Theory]
    [InlineData("q=Sprachcaf%C3%A9&topic=sprache&type=treffpunkt&audience=frauen&language=ar&municipality=05382060", "Musterstädter Sprachcafé")]
    [InlineData("q=Frauenberatung&type=beratung&topic=familie&language=fa&municipality=05382068", "Frauenberatung Musterstadt")]
    [InlineData("topic=ms-nachbar&type=treffpunkt&language=uk&municipality=05382068", "Nachbarschaftstreff Musterviertel")]
    [InlineData("q=Alphabetisierungskurs&type=sprachkurs&audience=gefluechtete&language=ti", "Alphabetisierungskurs Musterstadt")]
    public async Task An_imported_offer_is_found_with_its_facets(string query, string offer)
    {
        Assert.Equal([offer], await ResultsAsync(query));
    }

    [Fact]
    public async Task A_facet_that_does_not_fit_finds_nothing()
    {
        Assert.Empty(await ResultsAsync("q=Sprachcaf%C3%A9&municipality=05382068"));
    }

    [Fact]
    public async Task An_inactive_service_is_not_public()
    {
        Assert.Empty(await ResultsAsync("q=Familienpatenschaft"));
    }
}
