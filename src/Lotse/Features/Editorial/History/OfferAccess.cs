using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.History;

/// <summary>Whether an offer exists and lies in the caller's scope; its name and stamp when it does.</summary>
public sealed record OfferAccess(bool Exists, bool InScope, string Name, Guid ConcurrencyStamp)
{
    public static async Task<OfferAccess> CheckAsync(LotseDbContext db, EditorialScope scope, Guid offerId, CancellationToken cancellationToken)
    {
        // The scope is part of the query: an offer outside it is never loaded, only its existence is asked.
        var offer = await scope.Readable(db.Offers).AsNoTracking().Where(o => o.Id == offerId)
            .Select(o => new { o.Name, o.ConcurrencyStamp }).FirstOrDefaultAsync(cancellationToken);
        if (offer is not null)
            return new OfferAccess(true, true, offer.Name, offer.ConcurrencyStamp);
        var exists = await db.Offers.AnyAsync(o => o.Id == offerId, cancellationToken);
        return new OfferAccess(exists, false, "", Guid.Empty);
    }
}
