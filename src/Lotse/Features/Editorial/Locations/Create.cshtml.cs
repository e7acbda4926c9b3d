using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Locations;

/// <summary>Adds a location: municipal editors in their municipalities, providers for their organizations.</summary>
[Authorize(Policy = Permissions.EditOwnEntries)]
public sealed class CreateModel(LotseDbContext db, IStringLocalizer<DirectoryEditingResource> text) : PageModel, ILocationForm
{
    [BindProperty]
    public LocationInput Input { get; set; } = new();

    public LocationChoices Choices { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        Choices = await LocationChoices.LoadAsync(db, scope, cancellationToken);
        // Only one possible choice: take it.
        if (Choices.RestrictsMunicipality && Choices.Municipalities.Count == 1)
            Input.MunicipalityId = Choices.Municipalities[0].Value;
        if (Choices.RequiresOrganization && Choices.Organizations.Count == 1)
            Input.OrganizationId = Choices.Organizations[0].Value;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        Choices = await LocationChoices.LoadAsync(db, scope, cancellationToken);
        ModelState.Clear();
        var values = Input.Validate(new FormErrors(ModelState, text), Choices);
        if (values is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var location = new Location { Id = Guid.NewGuid(), Name = values.Name };
        values.ApplyTo(location);
        db.Locations.Add(location);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Edit", new { id = location.Id, gespeichert = true });
    }
}
