using Lotse.Features.Portal;
using Microsoft.AspNetCore.Http;

namespace Lotse.Features.Shared;

/// <summary>What the layout needs to know about the current request: its portal culture.</summary>
public static class PortalPage
{
    public static PortalCulture Culture(HttpContext context)
    {
        var segment = context.GetRouteValue("culture") as string;
        return PortalCultures.Find(segment) ?? PortalCultures.FromPath(context.Request.Path.Value);
    }
}
