using Lotse.Features.Search.Analysis;
using Lotse.Features.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Lotse.Features.Search.Querying;

/// <summary>
/// Makes the HTML snippet of a hit's description: the best fragment with &lt;mark&gt; around the
/// words that matched (stems, compound parts, synonyms and typo corrections included), or the
/// description's start when no word of it matched.
/// </summary>
public sealed class SnippetBuilder(GermanSearchAnalyzer analyzer)
{
    private const int FragmentSize = 200;
    private const int MaxCharsToAnalyze = 20_000;

    /// <summary>
    /// Prepares the snippets of one search from its query as the searcher rewrote it (typo
    /// expansions resolved to terms), so the costly rewrite happens once per search.
    /// </summary>
    public Func<string, string> For(Query? rewrittenQuery)
    {
        if (rewrittenQuery is null)
            return Start;
        var terms = new HashSet<Term>();
        rewrittenQuery.ExtractTerms(terms);
        var weighted = terms
            .Where(t => t.Field is IndexFields.Text or IndexFields.Name)
            .Select(t => t.Text)
            .Distinct(StringComparer.Ordinal)
            .Select(text => new WeightedTerm(1f, text))
            .ToArray();
        if (weighted.Length == 0)
            return Start;
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HtmlTextEncoder.Instance, new QueryTermScorer(weighted))
        {
            TextFragmenter = new SimpleFragmenter(FragmentSize),
            MaxDocCharsToAnalyze = MaxCharsToAnalyze,
        };
        return description =>
        {
            if (description.Length == 0)
                return "";
            try
            {
                var fragment = highlighter.GetBestFragment(analyzer, IndexFields.Text, description);
                return string.IsNullOrEmpty(fragment) ? Start(description) : fragment.Trim();
            }
            catch (InvalidTokenOffsetsException)
            {
                return Start(description);
            }
        };
    }

    private static string Start(string description)
    {
        if (description.Length <= FragmentSize)
            return HtmlTextEncoder.Instance.EncodeText(description);
        var cut = description.LastIndexOf(' ', FragmentSize);
        if (cut < FragmentSize / 2)
            cut = FragmentSize;
        return HtmlTextEncoder.Instance.EncodeText(description[..cut].TrimEnd()) + " …";
    }
}
