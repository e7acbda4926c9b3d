using System.Security.Claims;
using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial;

/// <summary>The back office's start page: who is signed in, with which role and for which entries.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(LotseDbContext db, IStringLocalizer<AccountsResource> text) : PageModel
{
    public string Email { get; private set; } = "";
    public IReadOnlyList<string> RoleNames { get; private set; } = [];
    public bool SeesAll { get; private set; }
    public IReadOnlyList<string> Scope { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Email = User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "";
        RoleNames = Roles.All.Where(User.IsInRole).ToList();
        SeesAll = User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.CountyEditor);
        if (SeesAll)
            return;
        var userId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var municipalities = await db.UserMunicipalities.Where(s => s.UserId == userId)
            .Select(s => s.Municipality!.Name).OrderBy(n => n).ToListAsync(cancellationToken);
        var organizations = await db.UserOrganizations.Where(s => s.UserId == userId)
            .Select(s => s.Organization!.Name).OrderBy(n => n).ToListAsync(cancellationToken);
        Scope = [.. municipalities.Select(m => text["Start.Municipality", m].Value), .. organizations.Select(o => text["Start.Organization", o].Value)];
    }
}
