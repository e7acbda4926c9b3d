using Lotse.Features.Portal;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Lotse.Features.Shared;

/// <summary>One entry of the language switcher: the current page in another portal language.</summary>
public sealed record LanguageLink(PortalCulture Culture, string Url, bool IsCurrent);

/// <summary>What the layout needs to know about the current request: its portal culture and its other languages.</summary>
public static class PortalPage
{
    public static PortalCulture Culture(HttpContext context)
    {
        var segment = context.GetRouteValue("culture") as string;
        return PortalCultures.Find(segment) ?? PortalCultures.FromPath(RequestedPath(context).Path);
    }

    /// <summary>
    /// <c>lang</c> for the offers' German content on a page in another language (WCAG 3.1.2), so
    /// screen readers pronounce it as German; null on German pages, where it is the page's language.
    /// </summary>
    public static string? ContentLanguage(HttpContext context) =>
        Culture(context) == PortalCultures.Default ? null : PortalCultures.Default.LanguageTag;

    /// <summary><c>dir</c> for German content on a right-to-left page, so its punctuation and numbers stay in order.</summary>
    public static string? ContentDirection(HttpContext context) => Culture(context).IsRightToLeft ? "ltr" : null;

    /// <summary>The address the reader asked for: for an error page, the one that failed, not /fehler/….</summary>
    private static (string Path, string Query) RequestedPath(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
            return (reExecuted.OriginalPath, reExecuted.OriginalQueryString ?? "");
        if (context.Features.Get<IExceptionHandlerPathFeature>() is { } failed)
            return (failed.Path, "");
        return (context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "");
    }

    /// <summary>
    /// The address of this page in every portal language, keeping the rest of the path and the query
    /// string (the search and its filters). Empty for pages outside the culture segments (back office).
    /// An error page links the address that failed, so the reader can switch language there too.
    /// </summary>
    public static IReadOnlyList<LanguageLink> LanguageLinks(HttpContext context)
    {
        var (path, query) = RequestedPath(context);
        var segment = PortalCultures.FirstSegment(path);
        var current = PortalCultures.Find(segment);
        if (current is null)
            return [];
        var rest = path.TrimStart('/')[segment.Length..];
        return PortalCultures.All
            .Select(c => new LanguageLink(c, $"/{c.Segment}{(rest.Length == 0 ? "/" : rest)}{query}", c == current))
            .ToList();
    }
}
