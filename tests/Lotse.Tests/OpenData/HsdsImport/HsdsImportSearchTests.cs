using System.Diagnostics;
using AngleSharp.Html.Parser;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.Search;

namespace Lotse.Tests.OpenData.HsdsImport;

/// <summary>Offers of a third-party package are found by the portal search with their facets once the import commits.</summary>
public sealed class HsdsImportSearchTests : IAsyncLifetime
{
    private readonly LotseAppFactory _factory = new(demoData: false);
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        await _factory.WaitForIndexAsync();
        var (exitCode, output, error) = await _factory.ImportAsync("hsds", HsdsImportTestData.Musterstadt);
        Assert.True(exitCode == 0, output + error);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The offer names on the search page for <paramref name="query"/>, once the index has caught up with <paramref name="expected"/>.</summary>
    private async Task<List<string>> ResultsAsync(string query, string expected)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var html = await _client.GetStringAsync($"/de/suche?{query}");
            var names = new HtmlParser().ParseDocument(html).QuerySelectorAll("main h2, main h3").Select(h => h.TextContent.Trim()).ToList();
            if (names.Contains(expected) || clock.Elapsed > TimeSpan.FromSeconds(5))
                return names;
            await Task.Delay(50);
        }
    }

    [Theory]
    [InlineData("q=Sprachcaf%C3%A9&topic=sprache&type=treffpunkt&audience=frauen&language=ar&municipality=05382060", "Musterstädter Sprachcafé")]
    [InlineData("q=Frauenberatung&type=beratung&topic=familie&language=fa&municipality=05382068", "Frauenberatung Musterstadt")]
    [InlineData("topic=MS-NACHBAR&type=treffpunkt&language=uk&municipality=05382068", "Nachbarschaftstreff Musterviertel")]
    [InlineData("q=Alphabetisierungskurs&type=sprachkurs&audience=gefluechtete&language=ti", "Alphabetisierungskurs Musterstadt")]
    public async Task An_imported_offer_is_found_with_its_facets(string query, string offer)
    {
        var names = await ResultsAsync(query, offer);

        Assert.Contains(offer, names);
    }

    [Fact]
    public async Task An_inactive_service_is_not_public()
    {
        await ResultsAsync("q=Sprachcaf%C3%A9", "Musterstädter Sprachcafé");

        var names = await ResultsAsync("q=Familienpatenschaft", "Familienpatenschaft Brücke");

        Assert.DoesNotContain("Familienpatenschaft Brücke", names);
    }
}
