using Lotse.Features.Search;
using static Lotse.Tests.Search.SearchTestData;

namespace Lotse.Tests.Search;

/// <summary>No text a user can type reaches Lucene as query syntax or makes the search throw.</summary>
public sealed class HostileInputTests(SearchCorpusFixture corpus) : IClassFixture<SearchCorpusFixture>
{
    public static TheoryData<string> Inputs => new()
    {
        "\"",
        "\"Sprachkurs",
        "*",
        "Sprach*",
        "~",
        "Sprachkurs~2",
        "AND (",
        "OR ) NOT",
        "\\",
        "[",
        "[a TO z]",
        "{!lucene}",
        "name:Sprachkurs",
        "+-&&||!(){}[]^\"~*?:\\/",
        new string('a', 10_000),
        string.Concat(Enumerable.Repeat("Sprachkurs ", 1_000)),
        "\u0000\u0001\u0007Sprach\u001bkurs\u007f",
        "\ud800",
        "Sprachkurs \udc00 \ud83d",
        "🙂🚀👩‍👩‍👧",
        "?!.,;:-",
        "   \t\r\n  ",
        "%ZZ%%",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Any_text_gives_a_result(string text)
    {
        var result = await corpus.Factory.SearchAsync(Query(text) with { Sort = SearchSort.Relevance });

        Assert.InRange(result.Total, 0, corpus.PublishedCount);
        Assert.Equal(FacetNames.All.Count, result.Facets.Count);
    }

    [Theory]
    [InlineData("\"Sprachkurs\"")]
    [InlineData("Sprachkurs*")]
    [InlineData("(Sprachkurs)")]
    [InlineData("🙂 Sprachkurs 🙂")]
    [InlineData("\u0007Sprachkurs\u0000")]
    public async Task Syntax_characters_around_a_word_are_ignored(string text)
    {
        var result = await corpus.Factory.SearchAsync(Query(text));

        Assert.Contains(result.Items, i => i.Id == corpus.LanguageCourse);
    }

    [Theory]
    [InlineData("?!.,;:-")]
    [InlineData("🙂")]
    public async Task Text_without_any_word_matches_all(string text)
    {
        Assert.Equal(corpus.PublishedCount, (await corpus.Factory.SearchAsync(Query(text))).Total);
    }

    [Fact]
    public async Task Filters_with_odd_values_give_a_result()
    {
        var result = await corpus.Factory.SearchAsync(Query(null,
            ("topic", ""), ("type", "   "), ("language", "\"de\" OR *"), ("audience", new string('x', 5_000)), ("municipality", "\ud800")) with
        {
            Filters = new Dictionary<string, IReadOnlyList<string>>(Query(null).Filters)
            {
                ["topic"] = [""],
                ["type"] = ["   "],
                ["language"] = ["\"de\" OR *"],
                ["unknown-facet"] = ["x"],
            },
        });

        Assert.Equal(0, result.Total); // the language filter names no known language
    }
}
