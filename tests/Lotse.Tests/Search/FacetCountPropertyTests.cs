using Lotse.Features.Directory;
using Lotse.Features.Search;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Lotse.Tests.Search.SearchTestData;

namespace Lotse.Tests.Search;

/// <summary>
/// Facet counts and totals of many random filter combinations, checked against a brute-force
/// count over the offers read back from the database. Seeded, so a failure reproduces.
/// </summary>
public sealed class FacetCountPropertyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 20260525;
    private const int PublishedOffers = 200;
    private const int UnpublishedOffers = 30;
    private const int Combinations = 60;
    // Words that occur only in offer names: a text whose expected hits LINQ can count exactly.
    private static readonly string[] Markers = ["Sonnenblume", "Leuchtturm"];
    private static readonly string[] Words =
        ["Angebot", "Treffen", "Gruppe", "offen", "wöchentlich", "Beratung", "Kurs", "Familie", "Nachbarschaft", "Gespräch", "Unterstützung", "Freizeit"];

    private readonly LotseAppFactory _factory = new(demoData: false);

    public async Task InitializeAsync()
    {
        var random = new Random(Seed);
        await _factory.WithDbAsync(async db =>
        {
            var terms = await db.TaxonomyTerms.Include(t => t.Taxonomy).ToListAsync();
            var languages = await db.Languages.ToListAsync();
            var municipalities = await db.Municipalities.ToListAsync();
            var organizations = Enumerable.Range(1, 8).Select(i => new Organization
            {
                Id = Guid.NewGuid(), Name = $"Träger {i}", LastModified = DateTime.UtcNow,
            }).ToList();
            db.Organizations.AddRange(organizations);

            for (var i = 0; i < PublishedOffers + UnpublishedOffers; i++)
            {
                var name = string.Join(' ', Pick(random, Words, 1, 3));
                if (random.Next(3) == 0)
                    name += " " + Markers[random.Next(Markers.Length)];
                var offer = new Offer
                {
                    Id = Guid.NewGuid(),
                    Organization = organizations[random.Next(organizations.Count)],
                    Name = name,
                    Description = string.Join(' ', Pick(random, Words, 3, 8)),
                    Status = i < PublishedOffers ? OfferStatus.Published : (OfferStatus)random.Next(2),
                    MunicipalityId = random.Next(5) == 0 ? null : municipalities[random.Next(municipalities.Count)].Id,
                    CreatedAt = DateTime.UtcNow,
                    LastModified = DateTime.UtcNow,
                };
                foreach (var taxonomy in terms.GroupBy(t => t.Taxonomy.Code))
                {
                    foreach (var term in Pick(random, taxonomy.ToList(), 0, 3))
                        offer.Terms.Add(term);
                }
                foreach (var language in Pick(random, languages, 0, 3))
                    offer.Languages.Add(language);
                db.Offers.Add(offer);
            }
            await db.SaveChangesAsync();
        });
        await _factory.WaitForIndexAsync();
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private static List<T> Pick<T>(Random random, IReadOnlyList<T> from, int min, int max) =>
        from.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1)).ToList();

    private sealed record Row(string Name, Dictionary<string, HashSet<string>> Codes);

    [Fact]
    public async Task Counts_match_a_brute_force_count_for_random_filter_combinations()
    {
        var rows = await _factory.WithDbAsync(db => db.Offers.AsNoTracking()
            .Where(o => o.Status == OfferStatus.Published)
            .Select(o => new
            {
                o.Name,
                Terms = o.Terms.Select(t => new { Taxonomy = t.Taxonomy.Code, t.Code }).ToList(),
                Languages = o.Languages.Select(l => l.Code).ToList(),
                Municipality = o.Municipality == null ? null : o.Municipality.Code,
            })
            .ToListAsync());
        var offers = rows.Select(r => new Row(r.Name, new Dictionary<string, HashSet<string>>
        {
            [FacetNames.Topic] = r.Terms.Where(t => t.Taxonomy == "topic").Select(t => t.Code).ToHashSet(),
            [FacetNames.Type] = r.Terms.Where(t => t.Taxonomy == "type").Select(t => t.Code).ToHashSet(),
            [FacetNames.Audience] = r.Terms.Where(t => t.Taxonomy == "audience").Select(t => t.Code).ToHashSet(),
            [FacetNames.Language] = r.Languages.ToHashSet(),
            [FacetNames.Municipality] = r.Municipality is null ? [] : [r.Municipality],
        })).ToList();
        Assert.Equal(PublishedOffers, offers.Count);
        var codes = FacetNames.All.ToDictionary(f => f, f => offers.SelectMany(o => o.Codes[f]).Distinct().Order().ToList());

        var random = new Random(Seed);
        var checkedValues = 0;
        for (var round = 0; round < Combinations; round++)
        {
            var filters = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var facet in FacetNames.All)
            {
                if (random.NextDouble() < 0.45)
                {
                    var values = Pick(random, codes[facet], 1, 3);
                    if (random.Next(10) == 0)
                        values.Add("unbekannt");
                    filters[facet] = values;
                }
            }
            var text = random.Next(4) == 0 ? Markers[random.Next(Markers.Length)] : null;
            var query = new SearchQuery { Text = text, Filters = filters, PageSize = SearchQuery.MaxPageSize };
            var describe = $"round {round}: text={text ?? "-"} " + string.Join("; ", filters.Select(f => $"{f.Key}={string.Join('|', f.Value)}"));

            var result = await _factory.SearchAsync(query);

            bool Matches(Row offer, string? except) =>
                (text is null || offer.Name.Contains(text, StringComparison.Ordinal))
                && filters.All(f => f.Key == except || f.Value.Any(offer.Codes[f.Key].Contains));

            var expectedTotal = offers.Count(o => Matches(o, except: null));
            Assert.True(expectedTotal == result.Total, $"{describe}: total {result.Total}, expected {expectedTotal}");
            Assert.Equal(Math.Min(expectedTotal, SearchQuery.MaxPageSize), result.Items.Count);
            foreach (var facet in FacetNames.All)
            {
                var expected = offers.Where(o => Matches(o, except: facet))
                    .SelectMany(o => o.Codes[facet])
                    .GroupBy(c => c)
                    .ToDictionary(g => g.Key, g => g.Count());
                var actual = result.Facets[facet].Where(v => v.Count > 0).ToDictionary(v => v.Code, v => v.Count);
                Assert.True(expected.OrderBy(e => e.Key).SequenceEqual(actual.OrderBy(a => a.Key)),
                    $"{describe}: {facet} counts {Show(actual)}, expected {Show(expected)}");
                foreach (var selected in filters.GetValueOrDefault(facet) ?? [])
                {
                    if (selected != "unbekannt")
                        Assert.Contains(result.Facets[facet], v => v.Code == selected && v.Selected);
                }
                checkedValues += actual.Count;
            }
        }
        output.WriteLine($"{Combinations} combinations, {checkedValues} facet values checked");
    }

    private static string Show(Dictionary<string, int> counts) =>
        string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}:{c.Value}"));
}
