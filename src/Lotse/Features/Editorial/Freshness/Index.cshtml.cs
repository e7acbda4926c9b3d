using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Freshness;

/// <summary>The freshness dashboard: overdue, due-soon and current offers per municipality and provider, and the overdue list.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(LotseDbContext db, TimeProvider clock, IAuthorizationService authorization, IStringLocalizer<FreshnessResource> text)
    : PageModel
{
    private const int MaxListed = 200;

    [BindProperty(SupportsGet = true, Name = "kommune")]
    public string? MunicipalityFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "traeger")]
    public string? OrganizationFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "bestaetigt")]
    public string? ConfirmedId { get; set; }

    public IReadOnlyList<FreshnessCounts> ByMunicipality { get; private set; } = [];
    public IReadOnlyList<FreshnessCounts> ByOrganization { get; private set; } = [];
    public IReadOnlyList<FreshnessRow> Overdue { get; private set; } = [];
    public int OverdueTotal { get; private set; }
    public int MaxShown => MaxListed;
    public string? ConfirmedName { get; private set; }
    public bool CanConfirm { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var municipality = ParseFilter(MunicipalityFilter, "kommune", "Filter.InvalidMunicipality");
        var organization = ParseFilter(OrganizationFilter, "traeger", "Filter.InvalidOrganization");

        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var rows = await FreshnessOverview.LoadAsync(db, scope, clock, cancellationToken);
        ByMunicipality = FreshnessOverview.CountBy(rows, r => (r.MunicipalityId, r.MunicipalityName));
        ByOrganization = FreshnessOverview.CountBy(rows, r => (r.OrganizationId, r.OrganizationName));
        var overdue = rows
            .Where(r => r.Freshness.State == FreshnessState.Overdue)
            .Where(r => municipality is null || r.MunicipalityId == municipality)
            .Where(r => organization is null || r.OrganizationId == organization)
            .OrderByDescending(r => r.Freshness.DaysOverdue)
            .ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
        OverdueTotal = overdue.Count;
        Overdue = overdue.Take(MaxListed).ToList();
        CanConfirm = (await authorization.AuthorizeAsync(User, Permissions.EditOwnEntries)).Succeeded;
        if (Guid.TryParse(ConfirmedId, out var confirmed))
            ConfirmedName = rows.FirstOrDefault(r => r.Id == confirmed)?.Name;

        if (!ModelState.IsValid)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>This dashboard with its filters, where a confirmation returns to.</summary>
    public string ReturnUrl => QueryHelpers.AddQueryString(FreshnessPaths.Dashboard,
        new Dictionary<string, string?> { ["kommune"] = MunicipalityFilter, ["traeger"] = OrganizationFilter }
            .Where(p => !string.IsNullOrEmpty(p.Value)));

    private Guid? ParseFilter(string? value, string field, string messageKey)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        if (Guid.TryParse(value, out var id))
            return id;
        ModelState.AddModelError(field, text[messageKey]);
        return null;
    }
}
