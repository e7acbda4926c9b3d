using Lotse.Features.Search.Analysis;
using Lotse.Features.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Lotse.Features.Search.Querying;

/// <summary>
/// Builds the Lucene query for the free text from analysed words, never through the query parser,
/// so no input can be read as query syntax. Every word (or synonym concept) must match; a word
/// matches by its stemmed term in the name (boosted) or the text, by its compound parts at one
/// position, and — when the index does not know the word — by similar terms (typo tolerance).
/// </summary>
public sealed class TextQueryBuilder(GermanSearchAnalyzer analyzer, SynonymIndex synonyms)
{
    private const float NameBoost = 3f;
    private const float PartsBoost = 0.5f;
    private const float SynonymBoost = 0.8f;
    private const float FuzzyBoost = 0.3f;
    private const int MultiWordSynonymSlop = 2;
    private const int FuzzyMinLength = 5;
    private const int FuzzyTwoEditsMinLength = 8;
    private const int FuzzyMaxExpansions = 50;

    /// <summary>The query for cleaned text (see <see cref="SearchText.Clean"/>); null when it holds no searchable word.</summary>
    public Query? Build(string cleanText, IndexReader reader)
    {
        if (cleanText.Length == 0)
            return null;
        var words = AnalyzedWord.Split(analyzer, IndexFields.Text, cleanText);
        if (words.Count == 0)
            return null;

        var query = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < words.Count;)
        {
            if (synonyms.TryMatch(words, i, out var length, out var alternatives))
            {
                var concept = new BooleanQuery(disableCoord: true);
                concept.Add(Words(words.Skip(i).Take(length).ToList(), reader), Occur.SHOULD);
                foreach (var alternative in alternatives)
                {
                    var clause = Alternative(alternative);
                    clause.Boost *= SynonymBoost;
                    concept.Add(clause, Occur.SHOULD);
                }
                query.Add(concept, Occur.MUST);
                i += length;
            }
            else
            {
                query.Add(Word(words[i], reader), Occur.MUST);
                i++;
            }
        }
        // One word (or concept) alone is a pure disjunction: unwrapped, Lucene can score it in bulk.
        return query.Clauses.Count == 1 ? query.Clauses[0].Query : query;
    }

    private Query Words(IReadOnlyList<AnalyzedWord> words, IndexReader reader)
    {
        if (words.Count == 1)
            return Word(words[0], reader);
        var all = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
            all.Add(Word(word, reader), Occur.MUST);
        return all;
    }

    // A synonym is spelled right and only widens the match: its text term (the name is part of
    // the text) and its parts suffice, without name boost or typo expansion.
    private Query Alternative(IReadOnlyList<AnalyzedWord> words)
    {
        if (words.Count == 1)
            return Alternative(words[0]);
        // Several words are one expression ("deutsch lernen"): close together, not anywhere in the
        // text — nearly every offer names "Deutsch" as its language somewhere.
        var phrase = new PhraseQuery { Slop = MultiWordSynonymSlop };
        foreach (var word in words)
            phrase.Add(new Term(IndexFields.Text, word.Term));
        return phrase;
    }

    private Query Alternative(AnalyzedWord word)
    {
        var term = new TermQuery(new Term(IndexFields.Text, word.Term));
        var parts = Parts(word);
        if (parts is null)
            return term;
        return new BooleanQuery(disableCoord: true) { { term, Occur.SHOULD }, { parts, Occur.SHOULD } };
    }

    private Query Word(AnalyzedWord word, IndexReader reader)
    {
        var query = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(IndexFields.Name, word.Term)) { Boost = NameBoost }, Occur.SHOULD },
            { new TermQuery(new Term(IndexFields.Text, word.Term)), Occur.SHOULD },
        };
        if (Parts(word) is { } parts)
            query.Add(parts, Occur.SHOULD);
        // Typo tolerance only for words the index does not know: a known word is meant as typed,
        // and it keeps the common query free of the cost of a fuzzy term scan.
        if (word.Term.Length >= FuzzyMinLength && reader.DocFreq(new Term(IndexFields.Text, word.Term)) == 0)
        {
            var maxEdits = word.Term.Length >= FuzzyTwoEditsMinLength ? 2 : 1;
            query.Add(new FuzzyQuery(new Term(IndexFields.Text, word.Term), maxEdits, prefixLength: 1, FuzzyMaxExpansions, transpositions: true)
            {
                Boost = FuzzyBoost,
            }, Occur.SHOULD);
        }
        return query;
    }

    /// <summary>
    /// A compound also matches another compound built of the same parts ("Sprachkurse" finds
    /// "Sprachkursangebot"): the index puts a compound's parts at its own position, so the parts
    /// must share one position — "Sprachförderung im Kursraum" is no language course. Only when
    /// known parts make up the whole word: "Xylophonunterricht" must not find every "Unterricht".
    /// </summary>
    private PhraseQuery? Parts(AnalyzedWord word)
    {
        if (word.Parts.Count == 0 || !analyzer.IsMadeOfKnownParts(word.Surface))
            return null;
        var phrase = new PhraseQuery { Boost = PartsBoost };
        foreach (var part in word.Parts)
            phrase.Add(new Term(IndexFields.Text, part), 0);
        return phrase;
    }
}
