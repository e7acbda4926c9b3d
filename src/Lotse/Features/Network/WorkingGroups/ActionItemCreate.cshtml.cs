using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Network.WorkingGroups;

[Authorize(Policy = Permissions.ManageWorkbench)]
public sealed class ActionItemCreateModel(LotseDbContext db, IStringLocalizer<NetworkResource> text) : PageModel
{
    [BindProperty]
    public ActionItemInput Input { get; set; } = new();

    public string GroupName { get; private set; } = "";
    public Guid GroupId { get; private set; }
    public IReadOnlyList<SelectOption> Owners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        ModelState.Clear();
        var values = Input.Validate(new FormErrors(ModelState, text), Owners.Select(o => Guid.Parse(o.Value)).ToHashSet());
        if (values is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var item = new ActionItem { Id = Guid.NewGuid(), WorkingGroupId = id, Text = values.Text };
        values.ApplyTo(item);
        db.ActionItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/intern/netzwerk/arbeitskreise/{id}#aufgaben");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var name = await db.WorkingGroups.Where(g => g.Id == id).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
            return false;
        (GroupId, GroupName) = (id, name);
        Owners = await ActionItemForm.OwnersAsync(db, id, cancellationToken);
        return true;
    }
}
