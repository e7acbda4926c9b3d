namespace Lotse.Features.Portal;

/// <summary>Route constraint <c>{culture:portalculture}</c>: only the segments of <see cref="PortalCultures"/> match.</summary>
public sealed class CultureRouteConstraint : IRouteConstraint
{
    public const string Name = "portalculture";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && PortalCultures.Find(value as string) is not null;
}
