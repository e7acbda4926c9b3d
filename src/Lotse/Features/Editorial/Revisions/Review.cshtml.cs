using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.Offers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Revisions;

/// <summary>
/// One pending revision: the offer as published next to the proposal, field by field. Approving applies
/// the proposal (also when the offer changed since, which the page says); rejecting needs a reason.
/// </summary>
[Authorize(Policy = Permissions.ReviewChanges)]
public sealed class ReviewModel(
    LotseDbContext db,
    TimeProvider clock,
    IStringLocalizer<RevisionsResource> text,
    IStringLocalizer<OfferFieldsResource> fieldText) : PageModel
{
    public OfferRevision Revision { get; private set; } = null!;
    public string OfferName { get; private set; } = "";
    public IReadOnlyList<OfferFieldChange> Changes { get; private set; } = [];
    public bool OfferChangedSince { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (scope, denied) = await CheckAsync(id, cancellationToken);
        return denied ?? await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken)
    {
        var (scope, denied) = await CheckAsync(id, cancellationToken);
        if (denied is not null)
            return denied;
        var revision = await db.OfferRevisions.SingleAsync(r => r.Id == id, cancellationToken);
        if (revision.Status != RevisionStatus.Pending)
            return await ShowAsync(id, cancellationToken, StatusCodes.Status400BadRequest, text["Review.AlreadyDecided"]);
        var offer = await OfferSnapshot.LoadOfferAsync(db, revision.OfferId, cancellationToken);
        if (offer is null)
            return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        // The workflow status is not part of the proposal: it stays as it is now.
        await (revision.Snapshot with { Status = offer.Status }).ApplyToAsync(db, offer, cancellationToken);
        offer.LastModified = now;
        revision.Approve(scope.UserId, scope.Email, now);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/intern/revisionen/{id}");
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken cancellationToken)
    {
        var (scope, denied) = await CheckAsync(id, cancellationToken);
        if (denied is not null)
            return denied;
        var revision = await db.OfferRevisions.SingleAsync(r => r.Id == id, cancellationToken);
        if (revision.Status != RevisionStatus.Pending)
            return await ShowAsync(id, cancellationToken, StatusCodes.Status400BadRequest, text["Review.AlreadyDecided"]);
        var reason = Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
            ModelState.AddModelError(nameof(Reason), text["Review.ReasonRequired"]);
        else if (reason.Length > OfferRevision.ReasonMaxLength)
            ModelState.AddModelError(nameof(Reason), text["Review.ReasonTooLong", OfferRevision.ReasonMaxLength]);
        if (!ModelState.IsValid)
            return await ShowAsync(id, cancellationToken, StatusCodes.Status400BadRequest);
        revision.Reject(scope.UserId, scope.Email, clock.GetUtcNow().UtcDateTime, reason!);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/intern/revisionen/{id}");
    }

    public string? Error { get; private set; }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken, int status = StatusCodes.Status200OK, string? error = null)
    {
        Revision = await db.OfferRevisions.AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
        var offer = await OfferSnapshot.LoadOfferAsync(db, Revision.OfferId, cancellationToken);
        if (offer is null)
            return NotFound();
        OfferName = offer.Name;
        OfferChangedSince = offer.ConcurrencyStamp != Revision.BaseConcurrencyStamp;
        var current = OfferSnapshot.Capture(offer);
        var proposed = Revision.Snapshot with { Status = current.Status };
        var diff = await OfferSnapshotDiff.CreateAsync(db, fieldText, [current, proposed], cancellationToken);
        Changes = diff.Compare(current, proposed);
        Error = error;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>404 for an unknown revision, 403 when its offer is outside what the caller reviews.</summary>
    private async Task<(EditorialScope Scope, IActionResult? Denied)> CheckAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        if (!await db.OfferRevisions.AnyAsync(r => r.Id == id, cancellationToken))
            return (scope, NotFound());
        var offers = scope.Reviewable(db.Offers);
        if (!await db.OfferRevisions.AnyAsync(r => r.Id == id && offers.Any(o => o.Id == r.OfferId), cancellationToken))
            return (scope, Forbid());
        return (scope, null);
    }
}
