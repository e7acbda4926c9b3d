using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Organizations;

/// <summary>The organizations the account may see, filtered by name, municipality and actor type, a page at a time.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(LotseDbContext db, IStringLocalizer<DirectoryEditingResource> text) : PageModel
{
    [BindProperty(Name = "name", SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(Name = "kommune", SupportsGet = true)]
    public string? Municipality { get; set; }

    [BindProperty(Name = "typ", SupportsGet = true)]
    public string? ActorType { get; set; }

    [BindProperty(Name = Paging.Parameter, SupportsGet = true)]
    public int? PageNumber { get; set; }

    public sealed record Row(Guid Id, string Name, string? ActorType, string? Municipality);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public OrganizationChoices Choices { get; private set; } = null!;
    public bool MayCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        MayCreate = scope.MayCreateOrganizations;
        Choices = await OrganizationChoices.LoadAsync(db, scope, text, cancellationToken);
        var query = scope.Readable(db.Organizations);
        if (FormText.Clean(Name) is { } name)
            query = query.Where(o => o.Name.ToLower().Contains(name.ToLower()) || (o.AlternateName != null && o.AlternateName.ToLower().Contains(name.ToLower())));
        if (Guid.TryParse(Municipality, out var municipalityId))
            query = query.Where(o => o.MunicipalityId == municipalityId);
        if (FormText.Clean(ActorType) is { } actorType)
            query = query.Where(o => o.ActorType == actorType);
        Paging = Paging.For(PageNumber, await query.CountAsync(cancellationToken));
        Rows = await query.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(o => new Row(o.Id, o.Name, o.ActorType, o.Municipality != null ? o.Municipality.Name : null))
            .ToListAsync(cancellationToken);
    }
}
