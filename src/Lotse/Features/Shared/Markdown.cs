using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;

namespace Lotse.Features.Shared;

/// <summary>
/// Renders the Markdown of descriptions to HTML that is safe to embed: raw HTML in the source is
/// escaped by Markdig, and the result passes an allow-list sanitiser (no scripts, styles, event
/// attributes or javascript: links).
/// </summary>
public sealed class MarkdownRenderer
{
    private const int HeadingOffset = 2;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public IHtmlContent Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return HtmlString.Empty;
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        // Descriptions sit below the page's h1 and a section h2: their headings start at h3 and
        // never skip a level, so the page's outline stays navigable for screen readers.
        var previous = HeadingOffset;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, Math.Min(heading.Level + HeadingOffset, previous + 1));
            previous = heading.Level;
        }
        var html = document.ToHtml(Pipeline);
        return new HtmlString(_sanitizer.Sanitize(html));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "strong", "em", "del", "ins", "sub", "sup", "code", "pre", "blockquote",
                "ul", "ol", "li", "a", "h3", "h4", "h5", "h6", "hr",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "start" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        // Links in user content open external sites: no referrer, no ranking.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
                link.SetAttribute("rel", "nofollow noopener noreferrer");
        };
        return sanitizer;
    }
}
