using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Revisions;
using Lotse.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Offers;

/// <summary>
/// One offer: read-only for readers, editable within scope. Saves check the concurrency stamp the form
/// was loaded with and answer 409 with a merge form when someone else saved first; a provider's change
/// to a published offer becomes a pending revision; status changes follow <see cref="OfferWorkflow"/>.
/// </summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class EditModel(
    LotseDbContext db,
    MarkdownRenderer markdown,
    TimeProvider clock,
    IStringLocalizer<OffersResource> text,
    IStringLocalizer<OfferFieldsResource> fieldText) : PageModel
{
    /// <summary>Fields the merge form never offers: the status changes only through the workflow buttons.</summary>
    private static readonly OfferField[] NotMerged = [OfferField.Status];

    private readonly OfferFormValidator _validator = new(text, fieldText);

    [BindProperty]
    public OfferForm Input { get; set; } = new();

    public Guid Id { get; private set; }
    public string OfferName { get; private set; } = "";
    public OfferStatus Status { get; private set; }
    public DateTime LastModified { get; private set; }
    public OfferFormView View { get; private set; } = null!;
    public bool ReadOnly { get; private set; }
    public bool ProposesRevision { get; private set; }
    public IReadOnlyList<OfferTransition> Transitions { get; private set; } = [];
    public IReadOnlyList<DuplicateCandidate> Duplicates { get; private set; } = [];
    public IReadOnlyList<Guid> PendingRevisions { get; private set; } = [];
    public bool MayReview { get; private set; }
    public string? Message { get; private set; }
    public string? StatusError { get; private set; }

    /// <summary>Set on a conflict (409): the fields where the caller's input and the stored version differ.</summary>
    public IReadOnlyList<OfferFieldChange>? Conflict { get; private set; }
    public string ConflictMineJson { get; private set; } = "";
    public Guid ConflictStamp { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? meldung, CancellationToken cancellationToken)
    {
        var (scope, offer, denied) = await LoadAsync(id, forChange: false, cancellationToken);
        if (denied is not null)
            return denied;
        Message = meldung is "gespeichert" or "angelegt" or "vorschlag" or "status" ? text["Message." + meldung].Value : null;
        Input = OfferForm.From(OfferSnapshot.Capture(offer!), offer!.ConcurrencyStamp);
        await ShowAsync(scope, offer, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (scope, offer, denied) = await LoadAsync(id, forChange: true, cancellationToken);
        if (denied is not null)
            return denied;
        return await SaveAsync(scope, offer!, cancellationToken);
    }

    /// <summary>The merge form of the conflict page: per differing field, the caller's value or the stored one.</summary>
    public async Task<IActionResult> OnPostMergeAsync(Guid id, string? mineJson, Dictionary<string, string>? keep, CancellationToken cancellationToken)
    {
        var (scope, offer, denied) = await LoadAsync(id, forChange: true, cancellationToken);
        if (denied is not null)
            return denied;
        OfferSnapshot mine;
        try
        {
            mine = OfferSnapshot.FromJson(mineJson ?? "");
        }
        catch (System.Text.Json.JsonException)
        {
            return BadRequest();
        }
        if (!Guid.TryParse(Input.ConcurrencyStamp, out var stamp))
            return BadRequest();
        // Merged onto the stored version; if that is no longer the one the conflict page showed (another
        // stamp), SaveAsync reports the next conflict instead of saving.
        var merged = OfferSnapshot.Capture(offer!);
        foreach (var field in OfferFields.All.Except(NotMerged))
            if (keep?.GetValueOrDefault(field.ToString()) == "mine")
                merged = OfferFields.Take(merged, mine, field);
        Input = OfferForm.From(merged, stamp);
        Input.ConfirmDuplicate = true;
        return await SaveAsync(scope, offer!, cancellationToken);
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, string? transition, CancellationToken cancellationToken)
    {
        var (scope, offer, denied) = await LoadAsync(id, forChange: true, cancellationToken);
        if (denied is not null)
            return denied;
        var reviewer = scope.CanReview(offer!);
        OfferStatus? next = Enum.TryParse<OfferTransition>(transition, out var step) && Enum.IsDefined(step)
            ? OfferWorkflow.Apply(offer!.Status, step, reviewer)
            : null;
        if (next is null)
        {
            StatusError = text["Status.NotAllowed", fieldText["Status." + offer!.Status]].Value;
            Input = OfferForm.From(OfferSnapshot.Capture(offer), offer.ConcurrencyStamp);
            await ShowAsync(scope, offer, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        offer!.Status = next.Value;
        offer.LastModified = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/intern/angebote/{id}?meldung=status");
    }

    private async Task<IActionResult> SaveAsync(EditorialScope scope, Offer offer, CancellationToken cancellationToken)
    {
        var stored = OfferSnapshot.Capture(offer);
        var options = await OfferFormOptions.LoadAsync(db, scope, stored, ParseGuid(Input.OrganizationId), cancellationToken);
        var (mine, errors) = _validator.Validate(Input, options.Choices, offer.Status);
        foreach (var error in errors)
            ModelState.AddModelError("Input." + error.Field, error.Message);
        if (!Guid.TryParse(Input.ConcurrencyStamp, out var stamp))
            ModelState.AddModelError("Input.Name", text["Error.FormIncomplete"]);
        if (mine is null || !ModelState.IsValid)
            return await InvalidAsync(scope, offer, cancellationToken);

        if (stamp != offer.ConcurrencyStamp)
            return await ConflictAsync(scope, offer, mine, cancellationToken);

        if (!Input.ConfirmDuplicate && (mine.Name != stored.Name || !OfferFields.Same(mine, stored, OfferField.Locations)))
        {
            Duplicates = await DuplicateFinder.FindAsync(db, await DuplicateKeyAsync(offer.Id, mine, cancellationToken), cancellationToken);
            if (Duplicates.Count > 0)
            {
                ModelState.AddModelError("Input.ConfirmDuplicate", text["Duplicates.ConfirmRequired"]);
                return await InvalidAsync(scope, offer, cancellationToken, keepDuplicates: true);
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (scope.NeedsRevision(offer))
        {
            if (mine.SameContentAs(stored))
                return Redirect($"/intern/angebote/{offer.Id}?meldung=gespeichert");
            db.OfferRevisions.Add(new OfferRevision
            {
                Id = Guid.NewGuid(),
                OfferId = offer.Id,
                SnapshotJson = mine.ToJson(),
                BaseConcurrencyStamp = stamp,
                SubmittedById = scope.UserId,
                SubmittedByEmail = scope.Email,
                SubmittedAt = now,
            });
            await db.SaveChangesAsync(cancellationToken);
            return Redirect($"/intern/angebote/{offer.Id}?meldung=vorschlag");
        }

        if (mine.SameContentAs(stored))
            return Redirect($"/intern/angebote/{offer.Id}?meldung=gespeichert");
        db.Entry(offer).Property(e => e.ConcurrencyStamp).OriginalValue = stamp;
        await mine.ApplyToAsync(db, offer, cancellationToken);
        offer.LastModified = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: show their version next to ours.
            db.ChangeTracker.Clear();
            var current = await OfferSnapshot.LoadOfferAsync(db, offer.Id, cancellationToken);
            if (current is null)
                return NotFound();
            return await ConflictAsync(scope, current, mine, cancellationToken);
        }
        return Redirect($"/intern/angebote/{offer.Id}?meldung=gespeichert");
    }

    private async Task<IActionResult> InvalidAsync(EditorialScope scope, Offer offer, CancellationToken cancellationToken, bool keepDuplicates = false)
    {
        if (!keepDuplicates)
            Duplicates = [];
        await ShowAsync(scope, offer, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult> ConflictAsync(EditorialScope scope, Offer current, OfferSnapshot mine, CancellationToken cancellationToken)
    {
        var stored = OfferSnapshot.Capture(current);
        mine = mine with { Status = stored.Status };
        var diff = await OfferSnapshotDiff.CreateAsync(db, fieldText, [mine, stored], cancellationToken);
        Conflict = diff.Compare(stored, mine, NotMerged);
        if (Conflict.Count == 0)
            return Redirect($"/intern/angebote/{current.Id}?meldung=gespeichert");   // the same content was saved meanwhile
        ConflictMineJson = mine.ToJson();
        ConflictStamp = current.ConcurrencyStamp;
        // The form below the merge table shows the stored version with the new stamp.
        ModelState.Clear();
        Input = OfferForm.From(stored, current.ConcurrencyStamp);
        await ShowAsync(scope, current, cancellationToken);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<DuplicateKey> DuplicateKeyAsync(Guid? id, OfferSnapshot s, CancellationToken cancellationToken)
    {
        var addresses = await db.Locations.Where(l => s.LocationIds.Contains(l.Id))
            .Select(l => new PostalAddress(l.Street, l.PostalCode)).ToListAsync(cancellationToken);
        return new DuplicateKey(id, s.Name, addresses, s.MunicipalityId);
    }

    private async Task ShowAsync(EditorialScope scope, Offer offer, CancellationToken cancellationToken)
    {
        Id = offer.Id;
        OfferName = offer.Name;
        Status = offer.Status;
        LastModified = offer.LastModified;
        ReadOnly = !scope.MayEdit || !scope.CanEdit(offer);
        ProposesRevision = !ReadOnly && scope.NeedsRevision(offer);
        MayReview = !ReadOnly && scope.CanReview(offer);
        Transitions = ReadOnly ? [] : OfferWorkflow.Available(offer.Status, MayReview);
        PendingRevisions = await db.OfferRevisions
            .Where(r => r.OfferId == offer.Id && r.Status == RevisionStatus.Pending)
            .OrderBy(r => r.SubmittedAt).Select(r => r.Id).ToListAsync(cancellationToken);
        var options = await OfferFormOptions.LoadAsync(db, scope, OfferSnapshot.Capture(offer), ParseGuid(Input.OrganizationId), cancellationToken);
        Input.AddEmptyRows();
        View = new OfferFormView(Input, options, ReadOnly, Preview(Input.Description));
    }

    private IHtmlContent Preview(string? description) => markdown.Render(description);

    /// <summary>404 for an unknown offer, 403 outside the caller's scope (for changes: outside what it may edit).</summary>
    private async Task<(EditorialScope Scope, Offer? Offer, IActionResult? Denied)> LoadAsync(Guid id, bool forChange, CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        if (!await db.Offers.AnyAsync(o => o.Id == id, cancellationToken))
            return (scope, null, NotFound());
        var allowed = forChange ? scope.Editable(db.Offers) : scope.Readable(db.Offers);
        if (!await allowed.AnyAsync(o => o.Id == id, cancellationToken))
            return (scope, null, Forbid());
        var offer = await OfferSnapshot.LoadOfferAsync(db, id, cancellationToken);
        return offer is null ? (scope, null, NotFound()) : (scope, offer, null);
    }

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
