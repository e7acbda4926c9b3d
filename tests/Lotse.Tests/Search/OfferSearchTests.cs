using Lotse.Features.Search;
using static Lotse.Tests.Search.SearchTestData;

namespace Lotse.Tests.Search;

/// <summary>Query semantics over a known set of offers: text, synonyms, typos, filters, facets, sorting, paging, snippets.</summary>
public sealed class OfferSearchTests(SearchCorpusFixture corpus) : IClassFixture<SearchCorpusFixture>
{
    private Task<SearchResult> Search(string? text, params (string Facet, string Code)[] filters) => corpus.Factory.SearchAsync(text, filters);

    private static HashSet<Guid> Ids(SearchResult result) => result.Items.Select(i => i.Id).ToHashSet();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Empty_text_finds_all_published_offers_and_no_draft(string? text)
    {
        var result = await Search(text);

        Assert.Equal(corpus.PublishedCount, result.Total);
        Assert.DoesNotContain(corpus.Draft, Ids(result));
    }

    [Theory]
    [InlineData("Sprachkurs")]
    [InlineData("Sprachkurse")]
    [InlineData("sprachkursen")]
    [InlineData("Deutschkurs")]
    [InlineData("Deutsch lernen")]
    [InlineData("Kurs")]
    public async Task Language_course_is_found_by_stem_compound_part_and_synonym(string text)
    {
        var result = await Search(text);

        Assert.Contains(corpus.LanguageCourse, Ids(result));
        Assert.DoesNotContain(corpus.Draft, Ids(result));
    }

    [Fact]
    public async Task A_typo_finds_offers_of_the_type_it_means()
    {
        var result = await Search("Beratnug");

        Assert.Contains(corpus.MigrationCounselling, Ids(result));
        Assert.Contains(corpus.JobCoaching, Ids(result));
        Assert.Contains(corpus.MedicalConsultation, Ids(result));
    }

    [Fact]
    public async Task Exact_matches_rank_before_typo_matches()
    {
        var result = await Search("Beratung");

        Assert.Equal(corpus.MigrationCounselling, result.Items[0].Id);
    }

    [Theory]
    [InlineData("Kölner Strasse", "Kölner Straße")]
    [InlineData("Mutter", "Mütter")]
    [InlineData("Arztliche", "Ärztliche")]
    public async Task Umlauts_and_sharp_s_are_folded(string plain, string german)
    {
        var a = await Search(plain);
        var b = await Search(german);

        Assert.NotEmpty(a.Items);
        Assert.Equal(Ids(b), Ids(a));
    }

    [Theory]
    [InlineData("Kita")]
    [InlineData("Kinderbetreuung")]
    public async Task Synonyms_are_applied_to_the_query(string text)
    {
        Assert.Contains(corpus.LanguageCourse, Ids(await Search(text)));
    }

    [Fact]
    public async Task A_synonym_matches_a_taxonomy_label_of_the_offer()
    {
        // "Flüchtling" is a synonym of the audience "Geflüchtete".
        Assert.Contains(corpus.JobCoaching, Ids(await Search("Flüchtlinge")));
    }

    [Fact]
    public async Task All_words_of_the_text_must_match()
    {
        var result = await Search("Beratung Windeck");

        Assert.Equal([corpus.MedicalConsultation], Ids(result));
    }

    [Theory]
    [InlineData("Caritasverband")]
    [InlineData("Arabisch")]
    [InlineData("Sankt Augustin")]
    [InlineData("Erwachsene")]
    public async Task Organization_language_municipality_and_name_are_searchable(string text)
    {
        Assert.NotEmpty((await Search(text)).Items);
    }

    [Fact]
    public async Task Values_within_a_facet_combine_with_or()
    {
        var result = await Search(null, ("type", "beratung"), ("type", "sprachkurs"));

        Assert.Equal([corpus.LanguageCourse, corpus.MigrationCounselling, corpus.JobCoaching, corpus.MedicalConsultation], Ids(result));
    }

    [Fact]
    public async Task Facets_combine_with_and()
    {
        var result = await Search(null, ("type", "beratung"), ("municipality", Troisdorf));

        Assert.Equal([corpus.JobCoaching], Ids(result));
    }

    [Fact]
    public async Task Text_and_filters_combine()
    {
        var result = await Search("Arbeit", ("language", "tr"));

        Assert.Equal([corpus.MigrationCounselling], Ids(result));
    }

    [Fact]
    public async Task Unknown_codes_match_nothing_without_error()
    {
        var result = await Search(null, ("topic", "gibt-es-nicht"));

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Items);
    }

    [Fact]
    public async Task Facet_counts_ignore_the_facets_own_filter()
    {
        var result = await Search(null, ("type", "beratung"), ("municipality", Troisdorf));

        var types = result.Facets[FacetNames.Type].ToDictionary(v => v.Code);
        Assert.Equal(1, types["beratung"].Count);   // Jobcoaching, in Troisdorf
        Assert.Equal(1, types["sprachkurs"].Count); // the language course in Troisdorf
        Assert.True(types["beratung"].Selected);
        var municipalities = result.Facets[FacetNames.Municipality].ToDictionary(v => v.Code);
        Assert.Equal(1, municipalities[Siegburg].Count);
        Assert.Equal(1, municipalities[Troisdorf].Count);
        Assert.Equal("Troisdorf", municipalities[Troisdorf].Label);
        Assert.Equal(1, result.Facets[FacetNames.Language].Single(v => v.Code == "en").Count);
    }

    [Fact]
    public async Task Selected_values_are_listed_even_without_hits()
    {
        var result = await Search("Sprachkurs", ("municipality", "05382004"));

        var alfter = Assert.Single(result.Facets[FacetNames.Municipality], v => v.Code == "05382004");
        Assert.Equal(0, alfter.Count);
        Assert.True(alfter.Selected);
        Assert.Equal("Alfter", alfter.Label);
    }

    [Fact]
    public async Task Every_facet_is_listed_in_its_order()
    {
        var result = await Search(null);

        Assert.Equal(FacetNames.All.Order(), result.Facets.Keys.Order());
        var languages = result.Facets[FacetNames.Language];
        Assert.Equal(["Deutsch", "Arabisch"], languages.Take(2).Select(v => v.Label)); // by count, then name
        Assert.Equal(corpus.PublishedCount, languages[0].Count);
        var municipalities = result.Facets[FacetNames.Municipality].Select(v => v.Label).ToList();
        Assert.Equal(["Sankt Augustin", "Siegburg", "Troisdorf", "Windeck"], municipalities);
        var types = result.Facets[FacetNames.Type].Select(v => v.Code).ToList();
        Assert.Equal(["beratung", "sprachkurs", "treffpunkt", "projekt"], types); // the taxonomy's sort order
    }

    [Fact]
    public async Task Hits_carry_codes_municipality_organization_and_example_mark()
    {
        var hit = Assert.Single((await Search("Anfängerinnen")).Items);

        Assert.Equal(corpus.LanguageCourse, hit.Id);
        Assert.Equal("Sprachkurs für Anfängerinnen", hit.Name);
        Assert.Equal("Volkshochschule Troisdorf", hit.OrganizationName);
        Assert.Equal(Troisdorf, hit.MunicipalityCode);
        Assert.Equal("Troisdorf", hit.MunicipalityName);
        Assert.Equal(["sprachkurs"], hit.Types);
        Assert.Equal(["sprache"], hit.Topics);
        Assert.Equal(["frauen"], hit.Audiences);
        Assert.Equal(["de", "ar"], hit.Languages);
        Assert.Equal(new DateOnly(2026, 3, 1), hit.LastVerified);
        Assert.True(hit.IsExample);
        Assert.Null(hit.DistanceKm);
    }

    [Fact]
    public async Task Snippet_marks_the_matched_words_and_encodes_html()
    {
        var hit = (await Search("Sprachkurse")).Items.Single(i => i.Id == corpus.LanguageCourse);

        Assert.Contains("<mark>Sprachkurs</mark>", hit.SnippetHtml);
        Assert.DoesNotContain("<script>", hit.SnippetHtml);
        Assert.DoesNotContain("**", hit.SnippetHtml); // Markdown is stripped
    }

    [Fact]
    public async Task Snippet_marks_typo_corrections_and_falls_back_to_the_description_start()
    {
        var result = await Search("Erstberatnug");
        Assert.Contains("<mark>Erstberatung</mark>", Assert.Single(result.Items).SnippetHtml);

        var byName = (await Search("Jobcoaching")).Items.Single();
        Assert.StartsWith("Unterstützung bei Bewerbung", byName.SnippetHtml);
        Assert.DoesNotContain("<mark>", byName.SnippetHtml);
    }

    [Fact]
    public async Task Sort_by_name_uses_german_collation()
    {
        var result = await corpus.Factory.SearchAsync(Query(null) with { Sort = SearchSort.Name });

        Assert.Equal(
            ["Ärztliche Sprechstunde", "Elterncafé International", "Hausaufgabenbetreuung", "Jobcoaching", "Migrationsberatung für Erwachsene", "Sprachkurs für Anfängerinnen"],
            result.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task Sort_by_last_verified_puts_newest_first_and_never_verified_last()
    {
        var result = await corpus.Factory.SearchAsync(Query(null) with { Sort = SearchSort.LastVerified });

        var dates = result.Items.Select(i => i.LastVerified).ToList();
        Assert.Equal([new DateOnly(2026, 5, 20), new DateOnly(2026, 5, 20), new DateOnly(2026, 3, 1), new DateOnly(2025, 1, 10), null, null], dates);
        // Ties by name.
        Assert.Equal("Ärztliche Sprechstunde", result.Items[0].Name);
    }

    [Fact]
    public async Task Sort_by_distance_starts_at_the_chosen_municipality()
    {
        var result = await corpus.Factory.SearchAsync(Query(null) with { Sort = SearchSort.Distance, Near = Troisdorf });

        // The county-wide homework help has no place of its own: its provider's town (Troisdorf) counts.
        // Equal distances are ordered by name.
        Assert.Equal([corpus.HomeworkHelp, corpus.JobCoaching, corpus.LanguageCourse], result.Items.Take(3).Select(i => i.Id));
        Assert.All(result.Items.Take(3), i => Assert.Equal(0, i.DistanceKm));
        var distances = result.Items.Select(i => i.DistanceKm!.Value).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.Equal("Windeck", result.Items[^1].MunicipalityName); // the farthest from Troisdorf
        Assert.InRange(distances[^1], 20, 40);
    }

    [Fact]
    public async Task Sort_by_distance_to_an_unknown_municipality_falls_back_to_relevance()
    {
        var result = await corpus.Factory.SearchAsync(Query("Beratung") with { Sort = SearchSort.Distance, Near = "99999999" });

        Assert.Equal(corpus.MigrationCounselling, result.Items[0].Id);
        Assert.All(result.Items, i => Assert.Null(i.DistanceKm));
    }

    [Fact]
    public async Task Pages_split_the_result_without_overlap()
    {
        var all = await corpus.Factory.SearchAsync(Query(null) with { Sort = SearchSort.Name });
        var first = await corpus.Factory.SearchAsync(Query(null) with { Sort = SearchSort.Name, PageSize = 4, Page = 1 });
        var second = await corpus.Factory.SearchAsync(Query(null) with { Sort = SearchSort.Name, PageSize = 4, Page = 2 });
        var beyond = await corpus.Factory.SearchAsync(Query(null) with { Sort = SearchSort.Name, PageSize = 4, Page = 3 });

        Assert.Equal(all.Items.Select(i => i.Id), first.Items.Concat(second.Items).Select(i => i.Id));
        Assert.Equal(4, first.Items.Count);
        Assert.Equal(2, second.Items.Count);
        Assert.Empty(beyond.Items);
        Assert.Equal(corpus.PublishedCount, beyond.Total);
    }

    [Theory]
    [InlineData(-1, 20, 1, 20)]
    [InlineData(0, 0, 1, 1)]
    [InlineData(1, 100_000, 1, SearchQuery.MaxPageSize)]
    [InlineData(int.MaxValue, int.MaxValue, int.MaxValue, SearchQuery.MaxPageSize)]
    [InlineData(1, int.MinValue, 1, 1)]
    public async Task Paging_is_clamped_defensively(int page, int pageSize, int expectedPage, int expectedPageSize)
    {
        var result = await corpus.Factory.SearchAsync(Query(null) with { Page = page, PageSize = pageSize });

        Assert.Equal(expectedPage, result.Page);
        Assert.Equal(expectedPageSize, result.PageSize);
        Assert.Equal(corpus.PublishedCount, result.Total);
    }

    [Fact]
    public async Task Repeated_searches_get_their_own_answer_not_a_similar_one()
    {
        var withSnippets = await Search("Sprachkurs");
        var withoutSnippets = await corpus.Factory.SearchAsync(Query("Sprachkurs") with { IncludeSnippets = false });
        var troisdorf = await Search(null, (FacetNames.Municipality, Troisdorf));
        var siegburg = await Search(null, (FacetNames.Municipality, Siegburg));
        var bothOneOrder = await Search(null, (FacetNames.Type, "beratung"), (FacetNames.Language, "ar"));
        var bothOtherOrder = await Search(null, (FacetNames.Language, "ar"), (FacetNames.Type, "beratung"));

        Assert.Contains(withSnippets.Items, i => i.SnippetHtml is not null);
        Assert.All(withoutSnippets.Items, i => Assert.Null(i.SnippetHtml));
        Assert.Equal(Ids(withSnippets), Ids(withoutSnippets));
        Assert.NotEqual(Ids(troisdorf), Ids(siegburg));
        Assert.Equal(Ids(bothOneOrder), Ids(bothOtherOrder));
        Assert.Equal(new HashSet<Guid> { corpus.JobCoaching, corpus.MedicalConsultation }, Ids(bothOneOrder));
    }
}
