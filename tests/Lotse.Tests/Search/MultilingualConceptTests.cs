using System.Net.Http.Json;
using Lotse.Features.Search.Analysis;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.Portal;

namespace Lotse.Tests.Search;

/// <summary>Queries in the portal's other languages find the German offers of their concept, over the demo data.</summary>
public sealed class MultilingualConceptTests(MultilingualConceptTests.DemoIndex demo) : IClassFixture<MultilingualConceptTests.DemoIndex>
{
    public sealed class DemoIndex : IAsyncLifetime, IDisposable
    {
        public LotseAppFactory Factory { get; } = new();
        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Client = Factory.CreateClient();
            await Factory.WaitForIndexAsync(TimeSpan.FromSeconds(60));
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Factory.Dispose();
    }

    private sealed record ApiHit(Guid Id, string Name);

    private sealed record ApiResult(int Total, IReadOnlyList<ApiHit> Items);

    private async Task<ApiResult> Api(string text) =>
        await demo.Client.GetFromJsonAsync<ApiResult>("/api/v1/search?pageSize=100&q=" + Uri.EscapeDataString(text))
        ?? throw new InvalidOperationException("empty response");

    [Theory]
    [InlineData("language course")]
    [InlineData("dil kursu")]
    [InlineData("курсы немецкого")]
    [InlineData("دورة لغة")]
    [InlineData("kurs niemieckiego")]
    [InlineData("کلاس زبان")]
    [InlineData("курси німецької мови")]
    public async Task A_language_course_query_in_another_language_finds_the_german_language_courses(string query)
    {
        var german = await Api("Sprachkurs");
        var foreign = await Api(query);

        Assert.True(german.Total > 0);
        Assert.Equal(german.Total, foreign.Total);
        Assert.Equal(german.Items.Select(i => i.Id).Order(), foreign.Items.Select(i => i.Id).Order());
        Assert.Contains(foreign.Items, i => i.Name.StartsWith("Sprachkurs Deutsch", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("консультація", "Beratung")]
    [InlineData("migration counselling", "Migrationsberatung")]
    [InlineData("mülteci", "Flüchtling")]
    [InlineData("تجنيس", "Einbürgerung")]
    public async Task Other_concepts_find_what_their_german_concept_finds(string query, string concept)
    {
        var german = await Api(concept);
        var foreign = await Api(query);

        Assert.True(german.Total > 0, concept);
        Assert.Equal(german.Items.Select(i => i.Id).Order(), foreign.Items.Select(i => i.Id).Order());
    }

    [Fact]
    public async Task The_english_search_page_finds_the_german_language_courses()
    {
        var german = await PortalTestData.GetDocumentAsync(demo.Client, "/en/suche?q=Sprachkurs&sort=name&pageSize=50");
        var english = await PortalTestData.GetDocumentAsync(demo.Client, "/en/suche?q=language+course&sort=name&pageSize=50");

        var links = english.QuerySelectorAll(".lotse-hit h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(links);
        Assert.Equal(german.QuerySelectorAll(".lotse-hit h3 a").Select(a => a.GetAttribute("href")), links);
        Assert.Equal(german.QuerySelector("#result-heading")!.TextContent, english.QuerySelector("#result-heading")!.TextContent);
    }

    [Fact]
    public async Task Every_concept_is_a_german_synonym_or_finds_demo_offers()
    {
        var vocabulary = SearchVocabulary.Load(SearchVocabulary.DataDirectory);
        var synonyms = vocabulary.SynonymGroups.SelectMany(g => g).Select(t => t.ToLowerInvariant()).ToHashSet();
        var unknown = new List<string>();
        foreach (var concept in vocabulary.Concepts.Select(c => c.Concept).Distinct())
        {
            if (!synonyms.Contains(concept) && (await Api(concept)).Total == 0)
                unknown.Add(concept);
        }
        Assert.Empty(unknown);
    }
}
