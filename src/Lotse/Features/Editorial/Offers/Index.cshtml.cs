using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Offers;

/// <summary>The caller's offers (within scope), filtered by status, municipality and name, 50 per page, by name.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(LotseDbContext db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, string Name, OfferStatus Status, string? Municipality, string Organization, DateTime LastModified);

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "kommune")]
    public string? Municipality { get; set; }

    [BindProperty(SupportsGet = true, Name = "name")]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true, Name = "seite")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public IReadOnlyList<Choice> Municipalities { get; private set; } = [];
    public bool MayCreate { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        MayCreate = scope.MayEdit;
        var query = scope.Readable(db.Offers);
        if (Enum.TryParse<OfferStatus>(Status, out var status) && Enum.IsDefined(status))
            query = query.Where(o => o.Status == status);
        else
            Status = null;
        if (Municipality == OfferForm.CountyWide)
            query = query.Where(o => o.MunicipalityId == null);
        else if (Guid.TryParse(Municipality, out var municipalityId))
            query = query.Where(o => o.MunicipalityId == municipalityId);
        else
            Municipality = null;
        var name = Name?.Trim();
        if (!string.IsNullOrEmpty(name))
        {
            var lower = name.ToLower();
            query = query.Where(o => o.Name.ToLower().Contains(lower));
        }

        Total = await query.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await query.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(o => new Row(o.Id, o.Name, o.Status, o.Municipality != null ? o.Municipality.Name : null, o.Organization.Name, o.LastModified))
            .ToListAsync(cancellationToken);
        Municipalities = await db.Municipalities.OrderBy(m => m.Name).Select(m => new Choice(m.Id, m.Name)).ToListAsync(cancellationToken);
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["status"] = Status,
        ["kommune"] = Municipality,
        ["name"] = Name,
        ["seite"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToString();
}
