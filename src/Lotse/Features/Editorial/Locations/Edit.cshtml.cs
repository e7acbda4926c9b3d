using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Locations;

/// <summary>Shows a location of the account's scope and saves changes to it, never over someone else's newer save.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class EditModel(LotseDbContext db, IStringLocalizer<DirectoryEditingResource> text) : PageModel, ILocationForm
{
    [BindProperty]
    public LocationInput Input { get; set; } = new();

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public LocationChoices Choices { get; private set; } = null!;
    public bool MayEdit { get; private set; }
    public IReadOnlyList<FieldDifference>? Conflict { get; private set; }
    public string StoredName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Locations.AnyAsync(l => l.Id == id, cancellationToken))
            return NotFound();
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var location = await scope.Readable(db.Locations).AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (location is null)
            return Forbid();
        MayEdit = await scope.Editable(db.Locations).AnyAsync(l => l.Id == id, cancellationToken);
        Input = LocationInput.From(location);
        StoredName = location.Name;
        Choices = await LocationChoices.LoadAsync(db, scope, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Locations.AnyAsync(l => l.Id == id, cancellationToken))
            return NotFound();
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var location = await scope.Editable(db.Locations).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (location is null)
            return Forbid();
        MayEdit = true;
        StoredName = location.Name;
        Choices = await LocationChoices.LoadAsync(db, scope, cancellationToken);
        ModelState.Clear();
        var errors = new FormErrors(ModelState, text);
        var values = Input.Validate(errors, Choices);
        var stamp = errors.Stamp(Input.ConcurrencyStamp);
        if (values is null || stamp is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        values.ApplyTo(location);
        db.Entry(location).Property(l => l.ConcurrencyStamp).OriginalValue = stamp.Value;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, scope, cancellationToken);
        }
        return RedirectToPage(new { id, gespeichert = true });
    }

    /// <summary>Someone saved first: the form now holds the stored version, the user's input stays visible beside it.</summary>
    private async Task<IActionResult> ConflictAsync(Guid id, EditorialScope scope, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var stored = await scope.Editable(db.Locations).AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (stored is null)
            return NotFound();
        var storedInput = LocationInput.From(stored);
        Conflict = FieldDifference.Between(Input.Readable(text, Choices), storedInput.Readable(text, Choices));
        Input = storedInput;
        StoredName = stored.Name;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
