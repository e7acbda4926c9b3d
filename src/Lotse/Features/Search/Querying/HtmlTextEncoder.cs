using System.Text;
using Lucene.Net.Search.Highlight;

namespace Lotse.Features.Search.Querying;

/// <summary>Encodes only what HTML requires (&amp; &lt; &gt; " '), so umlauts stay readable in the snippet.</summary>
public sealed class HtmlTextEncoder : IEncoder
{
    public static readonly HtmlTextEncoder Instance = new();

    public string EncodeText(string originalText)
    {
        if (originalText.AsSpan().IndexOfAny("&<>\"'") < 0)
            return originalText;
        var encoded = new StringBuilder(originalText.Length + 16);
        foreach (var c in originalText)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }
        return encoded.ToString();
    }
}
