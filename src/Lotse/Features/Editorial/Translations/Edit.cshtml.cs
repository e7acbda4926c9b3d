using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Lotse.Features.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Translations;

/// <summary>
/// The translation of one offer into one language, beside its German source. Scope as for editing the
/// offer: readers and callers outside the edit scope see it read-only or not at all. A save records the hash
/// of the German text shown, so the status turns "veraltet" as soon as the German changes; a save over
/// someone else's newer one, or from a German text changed meanwhile, answers 409 and saves nothing.
/// </summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class EditModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<TranslationsResource> text) : PageModel
{
    [BindProperty]
    public TranslationInput Input { get; set; } = new();

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public Guid OfferId { get; private set; }
    public string OfferName { get; private set; } = "";
    public PortalCulture Culture { get; private set; } = null!;
    public OfferTexts Source { get; private set; } = null!;
    public TranslationStatus Status { get; private set; }
    public bool ReadOnly { get; private set; }
    public IReadOnlyList<FieldDifference>? Conflict { get; private set; }
    /// <summary>Set when the German text changed after the form was loaded (409).</summary>
    public bool SourceChanged { get; private set; }

    private string? _editor;

    public async Task<IActionResult> OnGetAsync(Guid id, string culture, CancellationToken cancellationToken)
    {
        var (offer, denied) = await LoadAsync(id, culture, forChange: false, cancellationToken);
        if (denied is not null)
            return denied;
        var translation = await FindAsync(offer!.Id, asTracking: false, cancellationToken);
        Show(offer, translation);
        Input = TranslationInput.From(translation, Source.SourceHash());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string culture, CancellationToken cancellationToken)
    {
        var (offer, denied) = await LoadAsync(id, culture, forChange: true, cancellationToken);
        if (denied is not null)
            return denied;
        var translation = await FindAsync(offer!.Id, asTracking: true, cancellationToken);
        Show(offer, translation);

        ModelState.Clear();
        var errors = new FormErrors(ModelState, text);
        var texts = Input.Validate(errors, Source);
        Guid? stamp = null;
        if (!string.IsNullOrWhiteSpace(Input.ConcurrencyStamp))
            stamp = errors.Stamp(Input.ConcurrencyStamp);
        if (texts is null || !ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var sourceHash = Source.SourceHash();
        if (!string.Equals(Input.SourceHash, sourceHash, StringComparison.Ordinal))
        {
            // Translated from a German text that is no longer the offer's: the new one is on the page now.
            SourceChanged = true;
            Input.SourceHash = sourceHash;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (translation is null ? stamp is not null : stamp != translation.ConcurrencyStamp)
            return ConflictWith(translation);

        var now = clock.GetUtcNow().UtcDateTime;
        if (translation is null)
        {
            translation = new OfferTranslation
            {
                Id = Guid.NewGuid(),
                OfferId = offer.Id,
                Culture = Culture.Segment,
                Name = texts.Name,
                Description = texts.Description,
                SourceHash = sourceHash,
            };
            db.OfferTranslations.Add(translation);
        }
        else
        {
            db.Entry(translation).Property(t => t.ConcurrencyStamp).OriginalValue = stamp!.Value;
        }
        Apply(translation, texts, sourceHash, Input.IsMachineTranslated, _editor, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrency failure, or the unique (offer, language) index: someone saved this translation first.
            db.ChangeTracker.Clear();
            return ConflictWith(await FindAsync(offer.Id, asTracking: false, cancellationToken));
        }
        return Redirect($"{TranslationPaths.Edit(offer.Id, Culture.Segment)}?gespeichert=true");
    }

    private static void Apply(OfferTranslation translation, OfferTexts texts, string sourceHash, bool machine, string? by, DateTime now)
    {
        translation.Name = texts.Name;
        translation.AlternateName = texts.AlternateName;
        translation.Description = texts.Description;
        translation.FeesDescription = texts.FeesDescription;
        translation.EligibilityDescription = texts.EligibilityDescription;
        translation.ApplicationProcess = texts.ApplicationProcess;
        translation.SourceHash = sourceHash;
        translation.IsMachineTranslated = machine;
        translation.TranslatedBy = by;
        translation.UpdatedAt = now;
    }

    /// <summary>The stored version beside the caller's rejected input; the form then holds the stored one with its stamp.</summary>
    private IActionResult ConflictWith(OfferTranslation? stored)
    {
        var storedInput = TranslationInput.From(stored, Source.SourceHash());
        Conflict = FieldDifference.Between(Input.Readable(text), storedInput.Readable(text));
        Input = storedInput;
        Status = TranslationStatusRule.Of(stored, Source.SourceHash());
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private void Show(Offer offer, OfferTranslation? translation)
    {
        OfferId = offer.Id;
        OfferName = offer.Name;
        Source = OfferTexts.Of(offer);
        Status = TranslationStatusRule.Of(translation, Source.SourceHash());
    }

    private Task<OfferTranslation?> FindAsync(Guid offerId, bool asTracking, CancellationToken cancellationToken)
    {
        var query = db.OfferTranslations.Where(t => t.OfferId == offerId && t.Culture == Culture.Segment);
        return (asTracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>404 for an unknown offer or language, 403 outside the caller's scope (for changes: outside what it may edit).</summary>
    private async Task<(Offer? Offer, IActionResult? Denied)> LoadAsync(Guid id, string culture, bool forChange, CancellationToken cancellationToken)
    {
        if (TranslationCultures.Find(culture) is not { } found)
            return (null, NotFound());
        Culture = found;
        if (!await db.Offers.AnyAsync(o => o.Id == id, cancellationToken))
            return (null, NotFound());
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var offer = await (forChange ? scope.Editable(db.Offers) : scope.Readable(db.Offers)).AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null)
            return (null, Forbid());
        ReadOnly = !scope.MayEdit || !scope.CanEdit(offer);
        _editor = scope.Email;
        if (forChange && ReadOnly)
            return (null, Forbid());
        return (offer, null);
    }
}
