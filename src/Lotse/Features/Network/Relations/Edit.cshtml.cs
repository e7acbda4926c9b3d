using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Network.Relations;

/// <summary>Shows a relation; those who manage the workbench change or delete it, never over someone else's newer save.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class EditModel(LotseDbContext db, IStringLocalizer<NetworkResource> text, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public RelationInput Input { get; set; } = new();

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public IReadOnlyList<SelectOption> Organizations { get; private set; } = [];
    public IReadOnlyList<SelectOption> Kinds { get; private set; } = [];
    public bool MayManage { get; private set; }
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var relation = await db.ActorRelations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (relation is null)
            return NotFound();
        Input = RelationInput.Of(relation);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await WorkbenchAccess.MayManageAsync(authorization, User))
            return Forbid();
        var relation = await db.ActorRelations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (relation is null)
            return NotFound();
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        var errors = new FormErrors(ModelState, text);
        var known = await db.Organizations.Select(o => o.Id).ToListAsync(cancellationToken);
        var values = Input.Validate(errors, known.ToHashSet());
        var stamp = errors.Stamp(Input.ConcurrencyStamp);
        if (values is null || stamp is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        values.ApplyTo(relation);
        db.Entry(relation).Property(r => r.ConcurrencyStamp).OriginalValue = stamp.Value;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(id, cancellationToken);
        }
        return RedirectToPage(new { id, gespeichert = true });
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await WorkbenchAccess.MayManageAsync(authorization, User))
            return Forbid();
        var relation = await db.ActorRelations.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (relation is null)
            return NotFound();
        var stamp = Guid.TryParse(Input.ConcurrencyStamp, out var posted) ? posted : Guid.Empty;
        db.Entry(relation).Property(r => r.ConcurrencyStamp).OriginalValue = stamp;
        db.ActorRelations.Remove(relation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await LoadAsync(cancellationToken);
            return await ConflictAsync(id, cancellationToken);
        }
        return Redirect($"/intern/netzwerk/akteure/{relation.FromOrganizationId}");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        MayManage = await WorkbenchAccess.MayManageAsync(authorization, User);
        Organizations = await NetworkChoices.OrganizationsAsync(db, cancellationToken);
        Kinds = NetworkChoices.Codes(RelationKinds.All, text, "RelationKind.");
    }

    /// <summary>Someone saved first: the form shows the stored relation, with a message; nothing is overwritten.</summary>
    private async Task<IActionResult> ConflictAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var stored = await db.ActorRelations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (stored is null)
            return NotFound();
        Input = RelationInput.Of(stored);
        Conflict = true;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
