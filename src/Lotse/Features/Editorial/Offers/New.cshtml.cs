using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Offers;

/// <summary>A new offer, as a draft, within the caller's scope; close names at the same address need "Trotzdem speichern".</summary>
[Authorize(Policy = Permissions.EditOwnEntries)]
public sealed class NewModel(
    LotseDbContext db,
    MarkdownRenderer markdown,
    TimeProvider clock,
    IStringLocalizer<OffersResource> text,
    IStringLocalizer<OfferFieldsResource> fieldText) : PageModel
{
    private readonly OfferFormValidator _validator = new(text, fieldText);

    [BindProperty]
    public OfferForm Input { get; set; } = new();

    public OfferFormView View { get; private set; } = null!;
    public IReadOnlyList<DuplicateCandidate> Duplicates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var options = await OfferFormOptions.LoadAsync(db, scope, null, null, cancellationToken);
        // A single possible choice is preselected.
        if (options.Organizations.Count == 1)
            Input.OrganizationId = options.Organizations[0].Id.ToString();
        if (options.Municipalities.Count == 1 && !options.CountyWideAllowed)
            Input.MunicipalityId = options.Municipalities[0].Id.ToString();
        Show(options);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var options = await OfferFormOptions.LoadAsync(db, scope, null, Guid.TryParse(Input.OrganizationId, out var org) ? org : null, cancellationToken);
        var (snapshot, errors) = _validator.Validate(Input, options.Choices, OfferStatus.Draft);
        foreach (var error in errors)
            ModelState.AddModelError("Input." + error.Field, error.Message);
        if (snapshot is not null && !Input.ConfirmDuplicate)
        {
            var addresses = await db.Locations.Where(l => snapshot.LocationIds.Contains(l.Id))
                .Select(l => new PostalAddress(l.Street, l.PostalCode)).ToListAsync(cancellationToken);
            Duplicates = await DuplicateFinder.FindAsync(db, new DuplicateKey(null, snapshot.Name, addresses, snapshot.MunicipalityId), cancellationToken);
            if (Duplicates.Count > 0)
                ModelState.AddModelError("Input.ConfirmDuplicate", text["Duplicates.ConfirmRequired"]);
        }
        if (snapshot is null || !ModelState.IsValid)
        {
            Show(options);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var offer = new Offer
        {
            Id = Guid.NewGuid(),
            Name = snapshot.Name,
            Description = snapshot.Description,
            OrganizationId = snapshot.OrganizationId,
            Status = OfferStatus.Draft,
            CreatedAt = now,
            LastModified = now,
        };
        db.Offers.Add(offer);
        await snapshot.ApplyToAsync(db, offer, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/intern/angebote/{offer.Id}?meldung=angelegt");
    }

    private void Show(OfferFormOptions options)
    {
        Input.AddEmptyRows();
        View = new OfferFormView(Input, options, ReadOnly: false, markdown.Render(Input.Description));
    }
}
