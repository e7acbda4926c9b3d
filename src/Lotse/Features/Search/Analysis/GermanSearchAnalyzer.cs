using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Lotse.Features.Search.Analysis;

/// <summary>
/// The analysis of German text, the same for the index and the query: lower case, umlaut and ß
/// folding ("Straße" = "Strasse", "für" = "fur"), stop words, compound parts from the word-part
/// list (so "Sprachkurs" is also found as "kurs"), light stemming ("Sprachkurse" = "Sprachkurs").
/// Words in Cyrillic or Arabic script are kept (lower-cased, Arabic letter variants folded).
/// Compound parts follow their word at the same position (position increment 0).
/// </summary>
public sealed class GermanSearchAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Parts shorter than 3 letters match inside too many words; words shorter than 5 are no compounds.
    private const int MinWordSize = 5;
    private const int MinSubwordSize = 3;
    private const int MaxSubwordSize = 20;

    private readonly CharArraySet _compoundParts;
    private readonly CharArraySet _stopWords;

    // The compound filter tries every substring between these lengths: bounded by the list's own
    // shortest and longest part, it does no lookups that cannot match.
    private readonly int _minSubwordSize;
    private readonly int _maxSubwordSize;

    public GermanSearchAnalyzer(IEnumerable<string> compoundParts)
    {
        var parts = compoundParts.Select(Normalize).Where(p => p.Length >= MinSubwordSize && p.Length <= MaxSubwordSize).Distinct().ToList();
        _compoundParts = new CharArraySet(Version, parts, ignoreCase: false);
        _minSubwordSize = parts.Count == 0 ? MinSubwordSize : parts.Min(p => p.Length);
        _maxSubwordSize = parts.Count == 0 ? MinSubwordSize : parts.Max(p => p.Length);
        _stopWords = new CharArraySet(Version, GermanAnalyzer.DefaultStopSet.Select(Normalize).ToList(), ignoreCase: false);
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = Fold(source);
        stream = new StopFilter(Version, stream, _stopWords);
        stream = new DictionaryCompoundWordTokenFilter(Version, stream, _compoundParts, MinWordSize, _minSubwordSize, _maxSubwordSize, onlyLongestMatch: true);
        stream = new GermanLightStemFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>
    /// Whether the word (as typed) consists entirely of known compound parts, joined by the usual
    /// linking letters and ending in an inflection ("Sprachkurse" = sprach + kurs + e). Only then
    /// do its parts stand for the word: "Xylophonunterricht" is not "Unterricht".
    /// </summary>
    public bool IsMadeOfKnownParts(string word)
    {
        var folded = Normalize(word).ToCharArray();
        var n = folded.Length;
        if (n < MinWordSize)
            return false;
        // afterPart[i]: a part ends at i; afterLink[i]: a linking letter or ending follows a part up to i.
        var afterPart = new bool[n + 1];
        var afterLink = new bool[n + 1];
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && !afterPart[i] && !afterLink[i])
                continue;
            for (var length = _minSubwordSize; length <= _maxSubwordSize && i + length <= n; length++)
            {
                if (_compoundParts.Contains(folded, i, length))
                    afterPart[i + length] = true;
            }
            if (afterPart[i])
            {
                foreach (var link in Links)
                {
                    if (i + link.Length <= n && link.AsSpan().SequenceEqual(folded.AsSpan(i, link.Length)))
                        afterLink[i + link.Length] = true;
                }
            }
        }
        return afterPart[n] || afterLink[n];
    }

    // Linking letters between parts ("Arbeit-s-suche", "Kind-er-garten") and endings after the last part.
    private static readonly string[] Links = ["s", "es", "n", "en", "e", "er", "ern", "ens"];

    // Arabic and Persian spellings of one letter fold together ("مدرسة" = "مدرسه", Persian "ی" =
    // Arabic "ي"), so the concept terms of both languages match however they are typed. These
    // filters touch Arabic letters only; Cyrillic passes through lower-cased.
    private static TokenStream Fold(TokenStream stream) =>
        new ASCIIFoldingFilter(new GermanNormalizationFilter(
            new ArabicNormalizationFilter(new PersianNormalizationFilter(new LowerCaseFilter(Version, stream)))));

    /// <summary>Lower case and folding without stemming: how list entries (word parts, stop words) must be spelled to match.</summary>
    internal static string Normalize(string word)
    {
        using var stream = Fold(new KeywordTokenizer(new StringReader(word.Trim())));
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        var result = stream.IncrementToken() ? term.ToString() : "";
        stream.End();
        return result;
    }
}
