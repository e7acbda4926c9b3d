using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Suggestions;

/// <summary>
/// One suggestion: field-by-field diff against the offer, accept chosen fields or reject. Accepting saves
/// the offer against the concurrency stamps the page was loaded with, so a change made in between is
/// never overwritten (409, nothing applied).
/// </summary>
[Authorize(Policy = Permissions.EditOwnEntries)]
public sealed class DetailModel(
    LotseDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<SuggestionReviewResource> text) : PageModel
{
    public Suggestion Suggestion { get; private set; } = null!;
    public Offer Offer { get; private set; } = null!;
    public IReadOnlyList<ProposedChange> Changes { get; private set; } = [];
    /// <summary>Redaktion decides; a Träger sees the suggestions for its offers but its changes go through review.</summary>
    public bool MayAccept { get; private set; }
    public string? Conflict { get; private set; }

    /// <summary>The offer's stamp when the page was loaded.</summary>
    [BindProperty]
    public Guid Stamp { get; set; }

    /// <summary>The stamps of the offer's places when the page was loaded (addresses live on the place).</summary>
    [BindProperty]
    public Dictionary<Guid, Guid> LocationStamps { get; set; } = [];

    [BindProperty]
    public List<string> Fields { get; set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
            return refusal;
        Stamp = Offer.ConcurrencyStamp;
        LocationStamps = Offer.Locations.ToDictionary(l => l.Id, l => l.ConcurrencyStamp);
        Fields = Changes.Where(c => c.CanApply).Select(c => c.Key).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
            return refusal;
        if (!MayAccept)
            return Forbid();
        if (Suggestion.IsDecided)
            return await ConflictAsync(id, "Conflict.Decided", cancellationToken);
        var applicable = Changes.Where(c => c.CanApply).Select(c => c.Key).ToHashSet();
        var chosen = Fields.Distinct().ToList();
        if (chosen.Count == 0)
            ModelState.AddModelError(nameof(Fields), text["Error.NoField"]);
        else if (chosen.Any(f => !applicable.Contains(f)))
            ModelState.AddModelError(nameof(Fields), text["Error.UnknownField"]);
        CheckNote();
        if (!ModelState.IsValid)
            return Invalid();

        db.Entry(Offer).Property(o => o.ConcurrencyStamp).OriginalValue = Stamp;
        foreach (var location in Offer.Locations.Where(l => chosen.Contains(SuggestedChanges.AddressPrefix + l.Id)))
            db.Entry(location).Property(l => l.ConcurrencyStamp).OriginalValue = LocationStamps.GetValueOrDefault(location.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        SuggestedChanges.Apply(Suggestion, Offer, chosen);
        // Also marks the offer modified when only an address changes, so its stamp is checked in every case.
        Offer.LastModified = now;
        Suggestion.Accept(chosen, Changes.Count, Reviewer, now, Note);
        return await SaveAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refusal)
            return refusal;
        if (Suggestion.IsDecided)
            return await ConflictAsync(id, "Conflict.Decided", cancellationToken);
        CheckNote();
        if (!ModelState.IsValid)
            return Invalid();
        Suggestion.Reject(Reviewer, clock.GetUtcNow().UtcDateTime, Note);
        return await SaveAsync(id, cancellationToken);
    }

    private string Reviewer => User.Identity?.Name ?? "?";

    private async Task<IActionResult> SaveAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, "Conflict.Stale", cancellationToken);
        }
        return RedirectToPage(new { id });
    }

    /// <summary>Loads the suggestion within the caller's scope; 404 unknown, 403 outside the scope.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var suggestion = await scope.Editable(db.Suggestions.Where(s => s.Id == id)).FirstOrDefaultAsync(cancellationToken);
        if (suggestion is null)
            return await db.Suggestions.AnyAsync(s => s.Id == id, cancellationToken) ? Forbid() : NotFound();
        var offer = await OfferSnapshot.LoadOfferAsync(db, suggestion.OfferId, cancellationToken);
        if (offer is null)
            return NotFound();
        Suggestion = suggestion;
        Offer = offer;
        Changes = SuggestedChanges.List(suggestion, offer);
        MayAccept = (await authorization.AuthorizeAsync(User, Permissions.ReviewChanges)).Succeeded;
        return null;
    }

    /// <summary>409 with the page as it is now: nothing of this post applied, the current values and stamps shown.</summary>
    private async Task<IActionResult> ConflictAsync(Guid id, string messageKey, CancellationToken cancellationToken)
    {
        var chosen = Fields;
        var note = Note;
        db.ChangeTracker.Clear();
        if (await LoadAsync(id, cancellationToken) is { } refusal)
            return refusal;
        Stamp = Offer.ConcurrencyStamp;
        LocationStamps = Offer.Locations.ToDictionary(l => l.Id, l => l.ConcurrencyStamp);
        Fields = chosen;
        Note = note;
        Conflict = text[messageKey];
        // The posted stamps must not win over the current ones when the form is shown again.
        ModelState.Clear();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private void CheckNote()
    {
        if (Note is { Length: > SuggestionLimits.DecisionNote })
            ModelState.AddModelError(nameof(Note), text["Error.NoteTooLong", SuggestionLimits.DecisionNote]);
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
