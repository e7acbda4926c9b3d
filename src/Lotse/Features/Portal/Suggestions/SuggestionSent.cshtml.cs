using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Features.Portal.Suggestions;

/// <summary>The answer after a suggestion was sent (also to a bot caught by the honeypot).</summary>
public sealed class SuggestionSentModel(LotseDbContext db) : PageModel
{
    public string OfferName { get; private set; } = "";
    public string OfferPath { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string culture, string id, CancellationToken cancellationToken)
    {
        var offer = await PublishedOffers.FindAsync(db, id, cancellationToken);
        if (offer is null)
            return NotFound();
        OfferName = offer.Name;
        OfferPath = $"/{PortalCultures.Find(culture)!.Segment}/angebote/{offer.Id}";
        return Page();
    }
}
