using Lotse.Features.Search.Analysis;
using Lotse.Features.Search.Indexing;

namespace Lotse.Tests.Search;

public sealed class GermanSearchAnalyzerTests
{
    private static readonly SearchVocabulary Vocabulary = SearchVocabulary.Load(SearchVocabulary.DataDirectory);
    private static readonly GermanSearchAnalyzer Analyzer = new(Vocabulary.CompoundParts);

    private static IReadOnlyList<AnalyzedWord> Words(string text) => AnalyzedWord.Split(Analyzer, IndexFields.Text, text);

    [Theory]
    [InlineData("Sprachkurse", "Sprachkurs")]
    [InlineData("Beratungen", "Beratung")]
    [InlineData("Straße", "Strasse")]
    [InlineData("für", "fur")]
    [InlineData("Mädchen", "Madchen")]
    [InlineData("Flüchtlinge", "Fluechtling")]
    [InlineData("Sprachcafé", "Sprachcafe")]
    [InlineData("ÄRZTE", "ärzte")]
    public void Spellings_and_inflections_meet_in_one_term(string a, string b)
    {
        Assert.Equal(Words(b).Select(w => w.Term), Words(a).Select(w => w.Term));
    }

    [Theory]
    [InlineData("Sprachkurs", new[] { "sprach", "kurs" })]
    [InlineData("Deutschkurse", new[] { "deutsch", "kurs" })]
    [InlineData("Frauenberatung", new[] { "beratung" })]
    [InlineData("Elterncafé", new[] { "eltern", "cafe" })]
    [InlineData("Kindertreff", new[] { "kind", "treff" })]
    public void Compounds_are_split_into_known_parts(string word, string[] expectedParts)
    {
        var analysed = Assert.Single(Words(word));
        // Parts are stemmed like words, so "eltern" is kept in the form the word "Eltern" has.
        foreach (var part in expectedParts)
            Assert.Contains(Words(part)[0].Term, analysed.Parts);
    }

    [Fact]
    public void Stop_words_are_dropped_and_words_keep_their_order()
    {
        Assert.Equal(["beratung", "frau"], Words("Beratung für die Frauen").Select(w => w.Term));
    }

    [Fact]
    public void Synonym_groups_match_multi_word_entries_first()
    {
        var synonyms = new SynonymIndex(Analyzer, IndexFields.Text, Vocabulary.SynonymGroups);
        var words = Words("Deutsch lernen in Siegburg");

        Assert.True(synonyms.TryMatch(words, 0, out var length, out var alternatives));
        Assert.Equal(2, length);
        Assert.Contains(alternatives, a => a.Count == 1 && a[0].Term == Words("Sprachkurs")[0].Term);
        Assert.False(synonyms.TryMatch(words, 2, out _, out _));
    }

    [Fact]
    public void Word_part_list_and_synonym_list_are_read_from_the_data_files()
    {
        Assert.Contains("kurs", Vocabulary.CompoundParts);
        Assert.Contains(Vocabulary.SynonymGroups, g => g.Contains("kita") && g.Contains("kindergarten"));
        Assert.DoesNotContain(Vocabulary.CompoundParts, p => p.StartsWith('#'));
    }
}
