using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.Offers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Revisions;

/// <summary>Pending revisions of offers the caller reviews, oldest first.</summary>
[Authorize(Policy = Permissions.ReviewChanges)]
public sealed class IndexModel(LotseDbContext db) : PageModel
{
    public sealed record Row(Guid Id, Guid OfferId, string OfferName, string SubmittedBy, DateTime SubmittedAt);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var offers = scope.Reviewable(db.Offers);
        Rows = await db.OfferRevisions
            .Where(r => r.Status == RevisionStatus.Pending && offers.Any(o => o.Id == r.OfferId))
            .OrderBy(r => r.SubmittedAt)
            .Select(r => new Row(r.Id, r.OfferId, r.Offer.Name, r.SubmittedByEmail, r.SubmittedAt))
            .Take(500)
            .ToListAsync(cancellationToken);
    }
}
