using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Network.Relations;

/// <summary>Records a cooperation between two actors.</summary>
[Authorize(Policy = Permissions.ManageWorkbench)]
public sealed class CreateModel(LotseDbContext db, IStringLocalizer<NetworkResource> text) : PageModel
{
    [BindProperty]
    public RelationInput Input { get; set; } = new();

    public IReadOnlyList<SelectOption> Organizations { get; private set; } = [];
    public IReadOnlyList<SelectOption> Kinds { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "von")] Guid? from, CancellationToken cancellationToken)
    {
        Input.From = from?.ToString();
        Input.Kind = RelationKinds.Cooperation;
        await LoadChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        ModelState.Clear();
        var known = await db.Organizations.Select(o => o.Id).ToListAsync(cancellationToken);
        var values = Input.Validate(new FormErrors(ModelState, text), known.ToHashSet());
        if (values is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var relation = new ActorRelation { Id = Guid.NewGuid(), Kind = values.Kind };
        values.ApplyTo(relation);
        db.ActorRelations.Add(relation);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/intern/netzwerk/akteure/{values.From}?gespeichert=true");
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Organizations = await NetworkChoices.OrganizationsAsync(db, cancellationToken);
        Kinds = NetworkChoices.Codes(RelationKinds.All, text, "RelationKind.");
    }
}
