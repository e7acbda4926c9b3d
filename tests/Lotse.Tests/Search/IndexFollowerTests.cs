using System.Diagnostics;
using Lotse.Features.Directory;
using Lotse.Features.Search;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Lotse.Tests.Search.SearchTestData;

namespace Lotse.Tests.Search;

/// <summary>Changes saved through the DbContext reach the search by way of the change log.</summary>
public sealed class IndexFollowerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);
    private readonly LotseAppFactory _factory = new(demoData: false);

    public Task InitializeAsync() => _factory.WaitForIndexAsync();

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Searches until <paramref name="done"/> holds; returns how long it took.</summary>
    private async Task<TimeSpan> SearchUntil(SearchQuery query, Func<SearchResult, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (!done(await _factory.SearchAsync(query)))
        {
            Assert.True(clock.Elapsed < Patience, $"The search did not reflect the change within {Patience.TotalSeconds} s");
            await Task.Delay(20);
        }
        return clock.Elapsed;
    }

    private async Task<Offer> AddLanguageCourseAsync() => await _factory.WithDbAsync(async db =>
    {
        var organization = await db.AddOrganizationAsync("Bildungswerk Sieg");
        var offer = await db.AddOfferAsync(organization, "Abendkurs Deutsch B1", "Kurs am Abend für Berufstätige.",
            ["type:sprachkurs", "topic:sprache"], ["de"], Siegburg);
        await db.SaveChangesAsync();
        return offer;
    });

    [Fact]
    public async Task A_saved_offer_is_found_within_a_second()
    {
        var offer = await AddLanguageCourseAsync();

        var took = await SearchUntil(Query("Abendkurs"), r => r.Items.Any(i => i.Id == offer.Id));

        Assert.True(took < TimeSpan.FromSeconds(1.5), $"took {took.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task An_unpublished_offer_disappears()
    {
        var offer = await AddLanguageCourseAsync();
        await SearchUntil(Query("Abendkurs"), r => r.Total == 1);

        await _factory.WithDbAsync(async db =>
        {
            (await db.Offers.SingleAsync(o => o.Id == offer.Id)).Status = OfferStatus.Archived;
            await db.SaveChangesAsync();
        });

        await SearchUntil(Query("Abendkurs"), r => r.Total == 0);
        Assert.Equal(0, (await _factory.SearchAsync(Query(null))).Total);
    }

    [Fact]
    public async Task A_deleted_offer_disappears()
    {
        var offer = await AddLanguageCourseAsync();
        await SearchUntil(Query("Abendkurs"), r => r.Total == 1);

        await _factory.WithDbAsync(async db =>
        {
            db.Offers.Remove(await db.Offers.SingleAsync(o => o.Id == offer.Id));
            await db.SaveChangesAsync();
        });

        await SearchUntil(Query("Abendkurs"), r => r.Total == 0);
    }

    [Fact]
    public async Task A_renamed_organization_shows_up_in_its_offers()
    {
        var offer = await AddLanguageCourseAsync();
        await SearchUntil(Query("Abendkurs"), r => r.Total == 1);

        await _factory.WithDbAsync(async db =>
        {
            (await db.Organizations.SingleAsync(o => o.Id == offer.OrganizationId)).Name = "Volksbildungswerk Wolkenburg";
            await db.SaveChangesAsync();
        });

        await SearchUntil(Query("Wolkenburg"), r => r.Items.Any(i => i.Id == offer.Id && i.OrganizationName == "Volksbildungswerk Wolkenburg"));
    }

    [Fact]
    public async Task A_relabelled_taxonomy_term_is_searchable_and_shown_in_the_facets()
    {
        var offer = await AddLanguageCourseAsync();
        await SearchUntil(Query("Abendkurs"), r => r.Total == 1);

        await _factory.WithDbAsync(async db =>
        {
            (await db.TaxonomyTerms.SingleAsync(t => t.Taxonomy.Code == "type" && t.Code == "sprachkurs")).Label = "Sprachlernangebot";
            await db.SaveChangesAsync();
        });

        await SearchUntil(Query("Sprachlernangebot"), r => r.Items.Any(i => i.Id == offer.Id));
        var result = await _factory.SearchAsync(Query(null));
        Assert.Equal("Sprachlernangebot", result.Facets[FacetNames.Type].Single(v => v.Code == "sprachkurs").Label);
    }

    [Fact]
    public async Task A_moved_offer_counts_in_its_new_municipality()
    {
        var offer = await AddLanguageCourseAsync();
        await SearchUntil(Query(null, ("municipality", Siegburg)), r => r.Total == 1);

        await _factory.WithDbAsync(async db =>
        {
            var troisdorf = await db.Municipalities.SingleAsync(m => m.Code == Troisdorf);
            (await db.Offers.SingleAsync(o => o.Id == offer.Id)).MunicipalityId = troisdorf.Id;
            await db.SaveChangesAsync();
        });

        await SearchUntil(Query(null, ("municipality", Troisdorf)), r => r.Total == 1);
        Assert.Equal(0, (await _factory.SearchAsync(Query(null, ("municipality", Siegburg)))).Total);
    }
}
