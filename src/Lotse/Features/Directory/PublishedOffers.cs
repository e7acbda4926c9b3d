using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Directory;

/// <summary>Loads one offer for the public pages and the API: published only, with everything the offer page shows.</summary>
public static class PublishedOffers
{
    /// <summary>Null for a malformed id, an unknown id or an offer that is not published.</summary>
    public static async Task<Offer?> FindAsync(LotseDbContext db, string? id, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var offerId))
            return null;
        return await db.Offers
            .AsNoTracking()
            .AsSplitQuery()
            .Where(o => o.Id == offerId && o.Status == OfferStatus.Published)
            .Include(o => o.Organization)
            .Include(o => o.Municipality)
            .Include(o => o.Terms).ThenInclude(t => t.Taxonomy)
            .Include(o => o.Languages)
            .Include(o => o.Locations).ThenInclude(l => l.Municipality)
            // Personal data leaves the database only with recorded consent.
            .Include(o => o.Contacts.Where(c => c.ConsentGivenOn != null))
            .Include(o => o.Schedules)
            .Include(o => o.CostOptions)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
