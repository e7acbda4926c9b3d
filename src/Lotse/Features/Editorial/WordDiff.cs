using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using DiffPlex;
using Microsoft.AspNetCore.Html;

namespace Lotse.Features.Editorial;

/// <summary>
/// A changed text as a sequence of kept, deleted and inserted words (whitespace kept as it was), for the
/// version diff and the review of suggestions.
/// </summary>
public static partial class WordDiff
{
    public enum Kind { Same, Deleted, Inserted }

    public sealed record Segment(Kind Kind, string Text);

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IReadOnlyList<Segment> Compare(string? oldText, string? newText)
    {
        var result = Differ.Instance.CreateDiffs(oldText ?? "", newText ?? "", ignoreWhiteSpace: false, ignoreCase: false, WordsAndSpaces.Instance);
        var segments = new List<Segment>();
        var a = 0;
        var b = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++, b++)
                Add(segments, Kind.Same, result.PiecesOld[a]);
            for (var i = 0; i < block.DeleteCountA; i++, a++)
                Add(segments, Kind.Deleted, result.PiecesOld[a]);
            for (var i = 0; i < block.InsertCountB; i++, b++)
                Add(segments, Kind.Inserted, result.PiecesNew[b]);
        }
        for (; a < result.PiecesOld.Count; a++)
            Add(segments, Kind.Same, result.PiecesOld[a]);
        return segments;
    }

    /// <summary>The comparison as HTML: removed words in &lt;del&gt;, added ones in &lt;ins&gt;, line breaks kept, everything encoded.</summary>
    public static IHtmlContent Html(string? oldText, string? newText)
    {
        var html = new StringBuilder();
        foreach (var segment in Compare(oldText, newText))
        {
            var encoded = Encoder.Encode(segment.Text).Replace("&#xA;", "<br>", StringComparison.Ordinal);
            html.Append(segment.Kind switch
            {
                Kind.Deleted => $"<del>{encoded}</del>",
                Kind.Inserted => $"<ins>{encoded}</ins>",
                _ => encoded,
            });
        }
        return new HtmlString(html.ToString());
    }

    // Neighbouring pieces of one kind become one segment: one <del> per changed passage, not per word.
    private static void Add(List<Segment> segments, Kind kind, string text)
    {
        if (segments.Count > 0 && segments[^1].Kind == kind)
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        else
            segments.Add(new Segment(kind, text));
    }

    /// <summary>
    /// Words, single punctuation marks and the whitespace between them as pieces, so that the pieces put together
    /// give the text back and "Tel.:" → "Tel:" marks only the dot.
    /// </summary>
    private sealed partial class WordsAndSpaces : IChunker
    {
        public static readonly WordsAndSpaces Instance = new();

        public IReadOnlyList<string> Chunk(string text) => Pieces().Matches(text).Select(m => m.Value).ToList();

        [GeneratedRegex(@"\s+|\w+|[^\w\s]")]
        private static partial Regex Pieces();
    }
}
