using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Contacts;

/// <summary>Changes a contact person of an offer in the account's scope, never over someone else's newer save.</summary>
[Authorize(Policy = Permissions.EditOwnEntries)]
public sealed class EditModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<DirectoryEditingResource> text) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public string OfferName { get; private set; } = "";
    public string StoredName { get; private set; } = "";
    public IReadOnlyList<FieldDifference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Contacts.AnyAsync(c => c.Id == id && c.OfferId != null, cancellationToken))
            return NotFound();
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var contact = await scope.Editable(db.Contacts).Include(c => c.Offer).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
            return Forbid();
        Input = ContactInput.From(contact);
        (OfferName, StoredName) = (contact.Offer!.Name, contact.Name);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Contacts.AnyAsync(c => c.Id == id && c.OfferId != null, cancellationToken))
            return NotFound();
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var contact = await scope.Editable(db.Contacts).Include(c => c.Offer).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
            return Forbid();
        (OfferName, StoredName) = (contact.Offer!.Name, contact.Name);
        ModelState.Clear();
        var errors = new FormErrors(ModelState, text);
        var values = Input.Validate(errors, CountyTime.Today(clock));
        var stamp = errors.Stamp(Input.ConcurrencyStamp);
        if (values is null || stamp is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        values.ApplyTo(contact);
        db.Entry(contact).Property(c => c.ConcurrencyStamp).OriginalValue = stamp.Value;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var stored = await scope.Editable(db.Contacts).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (stored is null)
                return NotFound();   // deleted meanwhile (GDPR request)
            var storedInput = ContactInput.From(stored);
            Conflict = FieldDifference.Between(Input.Readable(text), storedInput.Readable(text));
            Input = storedInput;
            StoredName = stored.Name;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return RedirectToPage(new { id, gespeichert = true });
    }
}
