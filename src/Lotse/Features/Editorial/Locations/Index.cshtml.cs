using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Locations;

/// <summary>The locations the account may see, filtered by name or address and municipality, a page at a time.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(LotseDbContext db) : PageModel
{
    [BindProperty(Name = "name", SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(Name = "kommune", SupportsGet = true)]
    public string? Municipality { get; set; }

    [BindProperty(Name = Paging.Parameter, SupportsGet = true)]
    public int? PageNumber { get; set; }

    public sealed record Row(Guid Id, string Name, string? Address, string? Municipality, string? Organization);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public LocationChoices Choices { get; private set; } = null!;
    public bool MayCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        MayCreate = scope.MayEdit;
        Choices = await LocationChoices.LoadAsync(db, scope, cancellationToken);
        var query = scope.Readable(db.Locations);
        if (FormText.Clean(Name) is { } name)
        {
            var lower = name.ToLower();
            query = query.Where(l => l.Name.ToLower().Contains(lower) || (l.Street != null && l.Street.ToLower().Contains(lower)) || (l.City != null && l.City.ToLower().Contains(lower)));
        }
        if (Guid.TryParse(Municipality, out var municipalityId))
            query = query.Where(l => l.MunicipalityId == municipalityId);
        Paging = Paging.For(PageNumber, await query.CountAsync(cancellationToken));
        var rows = await query.OrderBy(l => l.Name).ThenBy(l => l.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(l => new { l.Id, l.Name, l.Street, l.PostalCode, l.City, Municipality = l.Municipality != null ? l.Municipality.Name : null, Organization = l.Organization != null ? l.Organization.Name : null })
            .ToListAsync(cancellationToken);
        Rows = rows.Select(l => new Row(l.Id, l.Name, Address(l.Street, l.PostalCode, l.City), l.Municipality, l.Organization)).ToList();
    }

    private static string? Address(string? street, string? postalCode, string? city)
    {
        var town = string.Join(' ', new[] { postalCode, city }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var address = string.Join(", ", new[] { street, town }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return address.Length == 0 ? null : address;
    }
}
