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
        return PortalCultures.Find(segment) ?? PortalCultures.FromPath(context.Request.Path.Value);
    }

    /// <summary>
    /// The address of this page in every portal language, keeping the rest of the path and the query
    /// string (the search and its filters). Empty for pages outside the culture segments (back office).
    /// An error page links the address that failed, so the reader can switch language there too.
    /// </summary>
    public static IReadOnlyList<LanguageLink> LanguageLinks(HttpContext context)
    {
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>();
        var failedPath = context.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        var path = reExecuted?.OriginalPath ?? failedPath ?? context.Request.Path.Value ?? "";
        var query = reExecuted is not null ? reExecuted.OriginalQueryString ?? ""
            : failedPath is not null ? "" : context.Request.QueryString.Value ?? "";
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
