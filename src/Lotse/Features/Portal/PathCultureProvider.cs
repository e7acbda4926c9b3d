using Microsoft.AspNetCore.Localization;

namespace Lotse.Features.Portal;

/// <summary>Takes the request culture from the first URL segment (<c>/de/…</c>); other paths get the default.</summary>
public sealed class PathCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var culture = PortalCultures.FromPath(httpContext.Request.Path.Value);
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture.CultureName, culture.CultureName));
    }
}
