using Lotse.Features.Search;
using Microsoft.AspNetCore.WebUtilities;

namespace Lotse.Tests.Search;

public sealed class SearchQueryParserTests
{
    private static SearchQueryParser.Outcome Parse(string queryString) =>
        SearchQueryParser.Parse(QueryHelpers.ParseQuery(queryString));

    [Fact]
    public void Repeated_and_comma_separated_values_are_one_list_without_duplicates()
    {
        var outcome = Parse("?topic=sprache&topic=arbeit,sprache&municipality=05382068");
        Assert.True(outcome.IsValid);
        Assert.Equal(["sprache", "arbeit"], outcome.Query.FilterValues(FacetNames.Topic));
        Assert.Equal(["05382068"], outcome.Query.FilterValues(FacetNames.Municipality));
        Assert.Empty(outcome.Query.FilterValues(FacetNames.Language));
    }

    [Fact]
    public void Codes_are_case_insensitive()
    {
        Assert.Equal(["sprache"], Parse("?topic=Sprache").Query.FilterValues(FacetNames.Topic));
    }

    [Fact]
    public void Defaults_are_first_page_of_twenty_by_relevance()
    {
        var query = Parse("").Query;
        Assert.Equal((1, 20, SearchSort.Relevance), (query.Page, query.PageSize, query.Sort));
        Assert.Null(query.Text);
    }

    [Fact]
    public void Text_is_stripped_of_control_characters_and_lone_surrogates_and_truncated()
    {
        var raw = new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { ["q"] = "\0Sprach\u0007kurs\uD800 😀" };
        Assert.Equal(["Sprach", "kurs", "😀"], SearchQueryParser.Parse(raw).Query.Text!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(SearchQuery.MaxTextLength, Parse("?q=" + new string('x', 10_000)).Query.Text!.Length);
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?page=-1", "page")]
    [InlineData("?page=%2B1", "page")]
    [InlineData("?page=1&page=2", "page")]
    [InlineData("?pageSize=101", "pageSize")]
    [InlineData("?sort=zufall", "sort")]
    [InlineData("?sort=distance", "near")]
    public void Invalid_paging_and_sort_are_errors_of_that_parameter(string queryString, string parameter)
    {
        var outcome = Parse(queryString);
        Assert.False(outcome.IsValid);
        Assert.True(outcome.Errors.ContainsKey(parameter));
    }

    [Theory]
    [InlineData("?sort=lastverified", SearchSort.LastVerified)]
    [InlineData("?sort=name", SearchSort.Name)]
    [InlineData("?sort=distance&near=05382068", SearchSort.Distance)]
    public void Sort_tokens_are_read(string queryString, SearchSort expected)
    {
        var outcome = Parse(queryString);
        Assert.True(outcome.IsValid);
        Assert.Equal(expected, outcome.Query.Sort);
    }
}
