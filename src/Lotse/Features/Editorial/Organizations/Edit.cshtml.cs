using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Organizations;

/// <summary>Shows an organization of the account's scope and saves changes to it, never over someone else's newer save.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class EditModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<DirectoryEditingResource> text) : PageModel, IOrganizationForm
{
    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public OrganizationChoices Choices { get; private set; } = null!;
    public bool MayEdit { get; private set; }
    public bool ShowPreview { get; private set; }
    public IReadOnlyList<FieldDifference>? Conflict { get; private set; }
    public string StoredName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == id, cancellationToken))
            return NotFound();
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var organization = await scope.Readable(db.Organizations).AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
            return Forbid();
        MayEdit = await scope.Editable(db.Organizations).AnyAsync(o => o.Id == id, cancellationToken);
        Input = OrganizationInput.From(organization);
        StoredName = organization.Name;
        Choices = await OrganizationChoices.LoadAsync(db, scope, text, cancellationToken);
        return Page();
    }

    /// <summary>Renders the entered description without saving.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(Guid id, CancellationToken cancellationToken)
    {
        var (result, _, _) = await LoadEditableAsync(id, cancellationToken);
        if (result is not null)
            return result;
        ModelState.Clear();
        ShowPreview = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (result, organization, scope) = await LoadEditableAsync(id, cancellationToken);
        if (result is not null)
            return result;
        ModelState.Clear();
        var errors = new FormErrors(ModelState, text);
        var values = Input.Validate(errors, Choices);
        var stamp = errors.Stamp(Input.ConcurrencyStamp);
        if (values is null || stamp is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        values.ApplyTo(organization!);
        organization!.LastModified = clock.GetUtcNow().UtcDateTime;
        db.Entry(organization).Property(o => o.ConcurrencyStamp).OriginalValue = stamp.Value;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, scope!, cancellationToken);
        }
        return RedirectToPage(new { id, gespeichert = true });
    }

    private async Task<(IActionResult? Result, Organization? Organization, EditorialScope? Scope)> LoadEditableAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == id, cancellationToken))
            return (NotFound(), null, null);
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var organization = await scope.Editable(db.Organizations).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organization is null)
            return (Forbid(), null, null);
        MayEdit = true;
        StoredName = organization.Name;
        Choices = await OrganizationChoices.LoadAsync(db, scope, text, cancellationToken);
        return (null, organization, scope);
    }

    /// <summary>Someone saved first: the form now holds the stored version, the user's input stays visible beside it.</summary>
    private async Task<IActionResult> ConflictAsync(Guid id, EditorialScope scope, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var stored = await scope.Editable(db.Organizations).AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (stored is null)
            return NotFound();
        var storedInput = OrganizationInput.From(stored);
        Conflict = FieldDifference.Between(Input.Readable(text, Choices), storedInput.Readable(text, Choices));
        Input = storedInput;
        StoredName = stored.Name;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
