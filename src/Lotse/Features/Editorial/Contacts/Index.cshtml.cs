using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Contacts;

/// <summary>The contact persons of the offers the account may change, with whether they may be published.</summary>
[Authorize(Policy = Permissions.EditOwnEntries)]
public sealed class IndexModel(LotseDbContext db) : PageModel
{
    [BindProperty(Name = "name", SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(Name = Paging.Parameter, SupportsGet = true)]
    public int? PageNumber { get; set; }

    public sealed record Row(Guid Id, string Name, string Offer, DateOnly? ConsentGivenOn);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var query = scope.Editable(db.Contacts);
        if (FormText.Clean(Name) is { } name)
        {
            var lower = name.ToLower();
            query = query.Where(c => c.Name.ToLower().Contains(lower) || c.Offer!.Name.ToLower().Contains(lower));
        }
        Paging = Paging.For(PageNumber, await query.CountAsync(cancellationToken));
        Rows = await query.OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(c => new Row(c.Id, c.Name, c.Offer!.Name, c.ConsentGivenOn))
            .ToListAsync(cancellationToken);
    }
}
