using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Lotse.Tests.Hostile;

/// <summary>Finds hostile markup that a page renders as live HTML instead of text.</summary>
public static class StoredMarkup
{
    public static IReadOnlyList<string> FindLive(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var found = new List<string>();
        foreach (var element in document.All)
        {
            if (element.LocalName.Contains(HostileStrings.Marker, StringComparison.Ordinal))
                found.Add($"Element <{element.LocalName}>");
            if (element.LocalName is "script" or "iframe" && (element.TextContent + element.GetAttribute("src")).Contains(HostileStrings.Marker, StringComparison.Ordinal))
                found.Add($"<{element.LocalName}> mit Nutzlast");
            foreach (var attribute in element.Attributes)
            {
                var live = attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || (attribute.Name is "href" or "src" or "action" or "formaction" && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
                if (live && attribute.Value.Contains(HostileStrings.Marker, StringComparison.Ordinal))
                    found.Add($"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
            }
        }
        return found;
    }
}
