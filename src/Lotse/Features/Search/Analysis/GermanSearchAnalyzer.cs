using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Lotse.Features.Search.Analysis;

/// <summary>
/// The analysis of German text, the same for the index and the query: lower case, umlaut and ß
/// folding ("Straße" = "Strasse", "für" = "fur"), stop words, compound parts from the word-part
/// list (so "Sprachkurs" is also found as "kurs"), light stemming ("Sprachkurse" = "Sprachkurs").
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

    public GermanSearchAnalyzer(IEnumerable<string> compoundParts)
    {
        _compoundParts = new CharArraySet(Version, compoundParts.Select(Normalize).Where(p => p.Length > 0).ToList(), ignoreCase: false);
        _stopWords = new CharArraySet(Version, GermanAnalyzer.DefaultStopSet.Select(Normalize).ToList(), ignoreCase: false);
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = Fold(source);
        stream = new StopFilter(Version, stream, _stopWords);
        stream = new DictionaryCompoundWordTokenFilter(Version, stream, _compoundParts, MinWordSize, MinSubwordSize, MaxSubwordSize, onlyLongestMatch: true);
        stream = new GermanLightStemFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static TokenStream Fold(TokenStream stream) =>
        new ASCIIFoldingFilter(new GermanNormalizationFilter(new LowerCaseFilter(Version, stream)));

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
