using Lotse.Features.Search.Analysis;
using Lotse.Features.Search.Indexing;

namespace Lotse.Tests.Search;

/// <summary>The multilingual concept list (<c>konzepte.csv</c>) as data: complete, unambiguous, and every term reaches its German concept.</summary>
public sealed class ConceptListTests
{
    internal static readonly string[] PortalLanguages = ["en", "tr", "ar", "fa", "uk", "ru", "pl"];

    private static readonly SearchVocabulary Vocabulary = SearchVocabulary.Load(SearchVocabulary.DataDirectory);
    private static readonly GermanSearchAnalyzer Analyzer = new(Vocabulary.CompoundParts);
    private static readonly SynonymIndex Synonyms = new(Analyzer, IndexFields.Text, Vocabulary.SynonymGroups, Vocabulary.Concepts);

    private static string Key(string text) => string.Join(' ', AnalyzedWord.Split(Analyzer, IndexFields.Text, text).Select(w => w.Term));

    [Fact]
    public void Every_concept_has_terms_in_every_portal_language()
    {
        Assert.True(Vocabulary.Concepts.Select(c => c.Concept).Distinct().Count() >= 25);
        Assert.Equal(PortalLanguages.Order(), Vocabulary.Concepts.Select(c => c.Language).Distinct().Order());
        foreach (var concept in Vocabulary.Concepts.GroupBy(c => c.Concept))
        {
            var missing = PortalLanguages.Except(concept.Select(c => c.Language)).ToList();
            Assert.True(missing.Count == 0, $"{concept.Key}: no terms in {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void No_term_stands_for_two_concepts()
    {
        var ambiguous = Vocabulary.Concepts
            .GroupBy(c => Key(c.Term))
            .Where(g => g.Select(c => c.Concept).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Concept).Distinct())}")
            .ToList();
        Assert.Empty(ambiguous);
    }

    [Fact]
    public void Every_term_as_a_whole_query_leads_to_its_german_concept()
    {
        var lost = new List<string>();
        foreach (var row in Vocabulary.Concepts)
        {
            var words = AnalyzedWord.Split(Analyzer, IndexFields.Text, row.Term);
            var ok = words.Count > 0
                && Synonyms.TryMatch(words, 0, out var length, out var alternatives)
                && length == words.Count
                && (alternatives.Any(a => string.Join(' ', a.Select(w => w.Term)) == Key(row.Concept)) || Key(row.Term) == Key(row.Concept));
            if (!ok)
                lost.Add($"{row.Language} \"{row.Term}\" -> {row.Concept}");
        }
        Assert.Empty(lost);
    }

    [Theory]
    [InlineData("Курсы Немецкого", "курсы немецкого")]
    [InlineData("مدرسة", "مدرسه")]
    [InlineData("کلاس زبان", "كلاس زبان")]
    [InlineData("Sığınma", "sığınma")]
    public void Cyrillic_and_arabic_script_survive_the_analysis_and_fold_their_variants(string typed, string same)
    {
        var words = AnalyzedWord.Split(Analyzer, IndexFields.Text, typed);

        Assert.NotEmpty(words);
        Assert.Equal(typed.Split(' ').Length, words.Count);
        Assert.Equal(Key(same), Key(typed));
    }
}
