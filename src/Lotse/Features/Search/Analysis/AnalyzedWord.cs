using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Lotse.Features.Search.Analysis;

/// <summary>
/// One word of analysed text: its stemmed term, the compound parts found in it, and the word as
/// typed (<see cref="Surface"/>), which tells whether the parts make up the whole word.
/// </summary>
public sealed record AnalyzedWord(string Term, IReadOnlyList<string> Parts, string Surface)
{
    /// <summary>Splits text into words the way the index sees them.</summary>
    public static IReadOnlyList<AnalyzedWord> Split(Analyzer analyzer, string field, string text)
    {
        var words = new List<AnalyzedWord>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        string? current = null;
        var surface = "";
        List<string> parts = [];
        while (stream.IncrementToken())
        {
            var token = term.ToString();
            if (current is null || position.PositionIncrement > 0)
            {
                if (current is not null)
                    words.Add(new AnalyzedWord(current, parts, surface));
                current = token;
                surface = text.Substring(offset.StartOffset, offset.EndOffset - offset.StartOffset);
                parts = [];
            }
            else if (token != current && !parts.Contains(token))
            {
                parts.Add(token);
            }
        }
        stream.End();
        if (current is not null)
            words.Add(new AnalyzedWord(current, parts, surface));
        return words;
    }
}
