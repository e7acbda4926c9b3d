using Lotse.Features.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Features.Portal;

/// <summary>The start page: what the portal offers, the search mask and entry points by topic.</summary>
public sealed class IndexModel(IOfferSearch offerSearch, TermTranslations translations) : PageModel
{
    public string Culture { get; private set; } = PortalCultures.Default.Segment;
    public FacetLabels Facets { get; private set; } = FacetLabels.Empty;
    public int Total { get; private set; }

    public async Task OnGetAsync(string culture, CancellationToken cancellationToken)
    {
        var portalCulture = PortalCultures.Find(culture)!;
        Culture = portalCulture.Segment;
        // One empty search yields every facet value with its count: the choices of the mask.
        var overview = await offerSearch.SearchAsync(new SearchQuery { PageSize = 1 }, cancellationToken);
        Facets = new FacetLabels(overview, translations, portalCulture);
        Total = overview.Total;
    }

    public string TopicUrl(string code) => new PortalSearchRequest
    {
        Filters = new Dictionary<string, IReadOnlyList<string>> { [FacetNames.Topic] = [code] },
    }.Url(Culture);
}
