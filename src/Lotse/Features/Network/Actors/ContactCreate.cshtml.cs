using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial;
using Lotse.Features.Editorial.Contacts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Network.Actors;

/// <summary>
/// Adds a contact person of an actor (a Contact with the organization and no offer). Unlike an offer's contact,
/// a network contact is stored only with recorded consent: date and scope are required.
/// </summary>
[Authorize(Policy = Permissions.ManageWorkbench)]
public sealed class ContactCreateModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<DirectoryEditingResource> directoryText,
    IStringLocalizer<NetworkResource> text) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public string ActorName { get; private set; } = "";
    public Guid ActorId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        ModelState.Clear();
        var values = Input.Validate(new FormErrors(ModelState, directoryText), CountyTime.Today(clock));
        if (FormText.Clean(Input.ConsentGivenOn) is null && FormText.Clean(Input.ConsentScope) is null)
        {
            var errors = new FormErrors(ModelState, text);
            errors.Add(nameof(Input.ConsentGivenOn), "Validation.Contact.ConsentRequired");
            errors.Add(nameof(Input.ConsentScope), "Validation.Contact.ConsentScopeRequired");
        }
        if (values is null || !ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var contact = new Contact { Id = Guid.NewGuid(), OrganizationId = id, Name = values.Name };
        values.ApplyTo(contact);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/intern/netzwerk/akteure/{id}?gespeichert=true#kontaktpersonen");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var name = await db.Organizations.Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
            return false;
        (ActorId, ActorName) = (id, name);
        return true;
    }
}
