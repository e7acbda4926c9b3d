using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Contacts;

/// <summary>Adds a contact person to an offer the account may change (<c>?angebot={id}</c>, or chosen from a list).</summary>
[Authorize(Policy = Permissions.EditOwnEntries)]
public sealed class CreateModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<DirectoryEditingResource> text) : PageModel
{
    /// <summary>Enough to choose from; larger scopes start from the offer's page with <c>?angebot=</c>.</summary>
    private const int MaxOfferChoices = 500;

    [BindProperty]
    public ContactInput Input { get; set; } = new();

    [BindProperty(Name = "angebot", SupportsGet = true)]
    public string? OfferId { get; set; }

    public string? OfferName { get; private set; }
    public IReadOnlyList<SelectOption> Offers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        return await LoadOfferAsync(scope, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        if (await LoadOfferAsync(scope, cancellationToken) is { } refused)
            return refused;
        ModelState.Clear();
        var offerId = OfferName is null ? ChosenOffer(new FormErrors(ModelState, text, prefix: "")) : Guid.Parse(OfferId!);
        var values = Input.Validate(new FormErrors(ModelState, text), CountyTime.Today(clock));
        if (values is null || offerId is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var contact = new Contact { Id = Guid.NewGuid(), OfferId = offerId.Value, Name = values.Name };
        values.ApplyTo(contact);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Edit", new { id = contact.Id, gespeichert = true });
    }

    private Guid? ChosenOffer(FormErrors errors)
    {
        var offerId = errors.Id("angebot", OfferId);
        if (offerId is { } id && !Offers.Any(o => Guid.Parse(o.Value) == id))
        {
            errors.Add("angebot", "Validation.OfferOutsideScope");
            return null;
        }
        if (FormText.Clean(OfferId) is null)
            errors.Add("angebot", "Validation.OfferRequired");
        return offerId;
    }

    /// <summary>The fixed offer of <c>?angebot=</c> (404 unknown, 403 outside the scope), or the offers to choose from.</summary>
    private async Task<IActionResult?> LoadOfferAsync(EditorialScope scope, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(OfferId, out var offerId) && Request.Query.ContainsKey("angebot"))
        {
            if (!await db.Offers.AnyAsync(o => o.Id == offerId, cancellationToken))
                return NotFound();
            OfferName = await scope.Editable(db.Offers).Where(o => o.Id == offerId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
            return OfferName is null ? Forbid() : null;
        }
        var offers = await scope.Editable(db.Offers).OrderBy(o => o.Name).Take(MaxOfferChoices)
            .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        Offers = offers.Select(o => new SelectOption(o.Id.ToString(), o.Name)).ToList();
        return null;
    }
}
