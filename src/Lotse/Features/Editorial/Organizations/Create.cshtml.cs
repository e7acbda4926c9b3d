using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Organizations;

/// <summary>Adds an organization; county editors anywhere, municipal editors in their municipalities, providers not at all.</summary>
[Authorize(Policy = Permissions.EditOwnEntries)]
public sealed class CreateModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<DirectoryEditingResource> text) : PageModel, IOrganizationForm
{
    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    public OrganizationChoices Choices { get; private set; } = null!;
    public bool ShowPreview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        if (!scope.MayCreateOrganizations)
            return Forbid();
        Choices = await OrganizationChoices.LoadAsync(db, scope, text, cancellationToken);
        // A municipal editor of one municipality has only one choice: take it.
        if (Choices.RestrictsMunicipality && Choices.Municipalities.Count == 1)
            Input.MunicipalityId = Choices.Municipalities[0].Value;
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        if (!scope.MayCreateOrganizations)
            return Forbid();
        Choices = await OrganizationChoices.LoadAsync(db, scope, text, cancellationToken);
        ModelState.Clear();
        ShowPreview = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        if (!scope.MayCreateOrganizations)
            return Forbid();
        Choices = await OrganizationChoices.LoadAsync(db, scope, text, cancellationToken);
        ModelState.Clear();
        var values = Input.Validate(new FormErrors(ModelState, text), Choices);
        if (values is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var organization = new Organization { Id = Guid.NewGuid(), Name = values.Name, LastModified = clock.GetUtcNow().UtcDateTime };
        values.ApplyTo(organization);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Edit", new { id = organization.Id, gespeichert = true });
    }
}
