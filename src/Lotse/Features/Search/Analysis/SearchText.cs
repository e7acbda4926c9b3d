using System.Text;

namespace Lotse.Features.Search.Analysis;

/// <summary>Makes any user input safe to analyse: bounded length, no control characters, no broken surrogates.</summary>
public static class SearchText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var span = text.AsSpan();
        if (span.Length > SearchQuery.MaxTextLength)
        {
            var cut = SearchQuery.MaxTextLength;
            if (char.IsHighSurrogate(span[cut - 1]))
                cut--;
            span = span[..cut];
        }
        var clean = new StringBuilder(span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                clean.Append(c).Append(span[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || c == '\uFFFD')
            {
                clean.Append(' ');
            }
            else
            {
                clean.Append(c);
            }
        }
        return clean.ToString().Trim();
    }
}
