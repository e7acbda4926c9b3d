using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Network.WorkingGroups;

[Authorize(Policy = Permissions.ManageWorkbench)]
public sealed class CreateModel(LotseDbContext db, IStringLocalizer<NetworkResource> text) : PageModel
{
    [BindProperty]
    public WorkingGroupInput Input { get; set; } = new();

    public WorkingGroupForm Form { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.Kind = WorkingGroupKinds.WorkingGroup;
        Form = await WorkingGroupForm.LoadAsync(db, text, Input, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Form = await WorkingGroupForm.LoadAsync(db, text, Input, cancellationToken);
        ModelState.Clear();
        var values = Form.Validate(new FormErrors(ModelState, text));
        if (values is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var group = new WorkingGroup { Id = Guid.NewGuid(), Name = values.Name, Kind = values.Kind };
        await WorkingGroupForm.ApplyAsync(db, group, values, cancellationToken);
        db.WorkingGroups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/intern/netzwerk/arbeitskreise/{group.Id}");
    }
}
