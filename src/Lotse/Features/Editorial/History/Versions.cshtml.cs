using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.History;

/// <summary>The versions of one offer: pick two to compare, or restore an older one as a new version.</summary>
[Authorize(Policy = Permissions.ReviewChanges)]
public sealed class VersionsModel(LotseDbContext db, IAuthorizationService authorization, TimeProvider clock,
    IStringLocalizer<HistoryResource> text) : PageModel
{
    public sealed record Row(int Number, string At, string ActorName, string Source);

    public Guid OfferId { get; private set; }
    public string OfferName { get; private set; } = "";
    public Guid ConcurrencyStamp { get; private set; }
    public IReadOnlyList<Row> Versions { get; private set; } = [];
    public bool CanRestore { get; private set; }
    /// <summary>A message for the whole page (restore done, conflict, bad input), with its kind for the style.</summary>
    public string? Message { get; private set; }
    public bool MessageIsError { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int? wiederhergestellt, bool unveraendert, CancellationToken cancellationToken)
    {
        var access = await LoadAsync(id, cancellationToken);
        if (access is not null)
            return access;
        if (wiederhergestellt is { } n)
            Message = unveraendert ? text["Versions.RestoredUnchanged", n] : text["Versions.Restored", n];
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, [FromForm] string? number, [FromForm] string? stamp, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.EditOwnEntries)).Succeeded)
            return Forbid();
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var access = await OfferAccess.CheckAsync(db, scope, id, cancellationToken);
        if (!access.InScope)
            return access.Exists ? Forbid() : await Show(id, StatusCodes.Status404NotFound, text["Versions.OfferNotFound"], cancellationToken);
        if (!int.TryParse(number, out var n) || n < 1 || !Guid.TryParse(stamp, out var postedStamp))
            return await Show(id, StatusCodes.Status400BadRequest, text["Versions.RestoreBadInput"], cancellationToken);
        var version = await db.OfferVersions.AsNoTracking().FirstOrDefaultAsync(v => v.OfferId == id && v.Number == n, cancellationToken);
        if (version is null)
            return await Show(id, StatusCodes.Status404NotFound, text["Versions.NotFound", n], cancellationToken);

        var offer = (await OfferSnapshot.LoadOfferAsync(db, id, cancellationToken))!;
        // The content comes back; the workflow state stays, so a restore cannot publish past the review.
        var snapshot = OfferSnapshot.FromJson(version.SnapshotJson) with { Status = offer.Status };
        // A restore is a change: both the offer and the restored content must lie in what the caller may change.
        if (!scope.CanEdit(offer) || !scope.CanEdit(snapshot.OrganizationId, snapshot.MunicipalityId))
            return Forbid();
        var before = OfferSnapshot.Capture(offer);
        db.Entry(offer).Property(o => o.ConcurrencyStamp).OriginalValue = postedStamp;
        await snapshot.ApplyToAsync(db, offer, cancellationToken);
        // Also when only links change, the offer row is written, so its stamp is checked and renewed.
        offer.LastModified = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await Show(id, StatusCodes.Status409Conflict, text["Versions.Conflict"], cancellationToken);
        }
        return RedirectToPage(new { id, wiederhergestellt = n, unveraendert = before.SameContentAs(snapshot) });
    }

    private async Task<IActionResult> Show(Guid id, int status, string message, CancellationToken cancellationToken)
    {
        var access = await LoadAsync(id, cancellationToken);
        if (access is not null)
            return access;
        Response.StatusCode = status;
        Message = message;
        MessageIsError = true;
        return Page();
    }

    /// <summary>Fills the page; returns a result instead when the offer is outside the caller's scope.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        OfferId = id;
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var access = await OfferAccess.CheckAsync(db, scope, id, cancellationToken);
        if (!access.InScope)
        {
            if (access.Exists)
                return Forbid();
            Response.StatusCode = StatusCodes.Status404NotFound;
            Message = text["Versions.OfferNotFound"];
            MessageIsError = true;
            return Page();
        }
        OfferName = access.Name;
        ConcurrencyStamp = access.ConcurrencyStamp;
        CanRestore = (await authorization.AuthorizeAsync(User, Permissions.EditOwnEntries)).Succeeded;
        var versions = await db.OfferVersions.AsNoTracking().Where(v => v.OfferId == id).OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.At, v.ActorName, v.Source }).ToListAsync(cancellationToken);
        Versions = versions.Select(v => new Row(v.Number, HistoryFormat.Time(v.At), v.ActorName, v.Source)).ToList();
        return null;
    }
}
