using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Freshness;

/// <summary>"Die Angaben sind noch aktuell": sets the offer's LastVerified through a normal, audited save.</summary>
public static class OfferConfirmation
{
    private const int Attempts = 3;

    /// <returns>False when the offer does not exist (any more).</returns>
    public static async Task<bool> ConfirmAsync(LotseDbContext db, Guid offerId, DateOnly today, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var offer = await db.Offers.SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken);
            if (offer is null)
                return false;
            offer.LastVerified = today;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Someone saved the offer in between. Only the confirmation date is written, so nothing of
                // theirs is overwritten: reload their version and confirm that one.
                db.ChangeTracker.Clear();
            }
        }
    }
}
