using Lotse.Features.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Features.Portal;

/// <summary>The result page: search mask, facets with counts, hits and paging, all in the URL.</summary>
public sealed class SearchModel(IOfferSearch offerSearch, TermTranslations translations) : PageModel
{
    public string Culture { get; private set; } = PortalCultures.Default.Segment;
    public PortalSearchRequest Search { get; private set; } = new();
    public SearchResult? Result { get; private set; }
    public FacetLabels Labels { get; private set; } = FacetLabels.Empty;

    public int PageCount => Result is null || Result.Total == 0 ? 0 : (Result.Total + Search.PageSize - 1) / Search.PageSize;

    public string Action => $"/{Culture}/suche";

    public async Task<IActionResult> OnGetAsync(string culture, CancellationToken cancellationToken)
    {
        var portalCulture = PortalCultures.Find(culture)!;
        Culture = portalCulture.Segment;
        Search = PortalSearchRequest.From(Request.Query);
        if (Search.PagingError is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Result = await offerSearch.SearchAsync(Search.ToQuery() with { Culture = Culture }, cancellationToken);
        Labels = new FacetLabels(Result, translations, portalCulture);
        return Page();
    }

    public string LinkTo(PortalSearchRequest search) => search.Url(Culture);

    /// <summary>Page numbers to link: first, last and two either side of the current one; null marks a gap.</summary>
    public IReadOnlyList<int?> PagerPages()
    {
        var pages = new List<int?>();
        var last = PageCount;
        for (var page = 1; page <= last; page++)
        {
            if (page == 1 || page == last || Math.Abs(page - Search.Page) <= 2)
                pages.Add(page);
            else if (pages.Count > 0 && pages[^1] is not null)
                pages.Add(null);
        }
        return pages;
    }
}
