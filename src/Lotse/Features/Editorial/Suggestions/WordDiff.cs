using System.Text;
using System.Text.Encodings.Web;
using DiffPlex;
using DiffPlex.Chunkers;
using Microsoft.AspNetCore.Html;

namespace Lotse.Features.Editorial.Suggestions;

/// <summary>Two texts compared word by word, as HTML: removed words in <c>&lt;del&gt;</c>, added ones in <c>&lt;ins&gt;</c>, everything encoded.</summary>
public static class WordDiff
{
    // Whitespace and punctuation are their own pieces, so "Tel.:" → "Tel:" marks only the dot.
    private static readonly char[] Separators = [' ', '\t', '\n', '\r', ',', '.', ';', ':', '(', ')', '/', '-', '–', '!', '?', '"'];

    public static IHtmlContent Html(string? current, string? proposed)
    {
        var result = Differ.Instance.CreateDiffs(current ?? "", proposed ?? "", ignoreWhiteSpace: false, ignoreCase: false, new DelimiterChunker(Separators));
        var html = new StringBuilder();
        var oldIndex = 0;
        foreach (var block in result.DiffBlocks)
        {
            Append(html, result.PiecesOld, oldIndex, block.DeleteStartA - oldIndex, null);
            Append(html, result.PiecesOld, block.DeleteStartA, block.DeleteCountA, "del");
            Append(html, result.PiecesNew, block.InsertStartB, block.InsertCountB, "ins");
            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }
        Append(html, result.PiecesOld, oldIndex, result.PiecesOld.Count - oldIndex, null);
        return new HtmlString(html.ToString());
    }

    private static void Append(StringBuilder html, IReadOnlyList<string> pieces, int start, int count, string? tag)
    {
        if (count <= 0)
            return;
        var text = string.Concat(pieces.Skip(start).Take(count));
        var encoded = HtmlEncoder.Default.Encode(text).Replace("&#xA;", "<br>", StringComparison.Ordinal);
        html.Append(tag is null ? encoded : $"<{tag}>{encoded}</{tag}>");
    }
}
