using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Freshness;

/// <summary>
/// "Angaben sind noch aktuell" for one offer: GET asks, POST sets LastVerified to today. Used by the
/// dashboard's buttons and by any page that posts here (e.g. the offer editor) with a ReturnUrl.
/// </summary>
[Authorize(Policy = Permissions.EditOwnEntries)]
public sealed class ConfirmModel(LotseDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public FreshnessRow Offer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var (row, denied) = await LoadAsync(id, cancellationToken);
        if (denied is not null)
            return denied;
        Offer = row!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (_, denied) = await LoadAsync(id, cancellationToken);
        if (denied is not null)
            return denied;
        if (!await OfferConfirmation.ConfirmAsync(db, id, FreshnessClock.Today(clock), cancellationToken))
            return NotFound();
        var target = IsBackOfficeUrl(ReturnUrl) ? ReturnUrl! : FreshnessPaths.Dashboard;
        if (target.StartsWith(FreshnessPaths.Dashboard, StringComparison.OrdinalIgnoreCase))
            target = QueryHelpers.AddQueryString(target, "bestaetigt", id.ToString());
        return LocalRedirect(target);
    }

    public string BackUrl => IsBackOfficeUrl(ReturnUrl) ? ReturnUrl! : FreshnessPaths.Dashboard;

    // The scope is part of the query: an offer outside it is not loaded at all, then told apart from a missing one.
    private async Task<(FreshnessRow? Row, IActionResult? Denied)> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var offer = await scope.Editable(db.Offers)
            .Where(o => o.Id == id)
            .Select(o => new
            {
                o.Id, o.Name, o.OrganizationId, OrganizationName = o.Organization.Name, o.MunicipalityId,
                MunicipalityName = o.Municipality != null ? o.Municipality.Name : null,
                o.LastVerified, o.CreatedAt, o.ReviewIntervalMonths,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (offer is null)
            return (null, await db.Offers.AnyAsync(o => o.Id == id, cancellationToken) ? Forbid() : NotFound());
        var freshness = FreshnessRule.Evaluate(offer.LastVerified, FreshnessClock.DayOf(offer.CreatedAt, clock), offer.ReviewIntervalMonths, FreshnessClock.Today(clock));
        return (new FreshnessRow(offer.Id, offer.Name, offer.OrganizationId, offer.OrganizationName, offer.MunicipalityId, offer.MunicipalityName,
            offer.LastVerified, freshness), null);
    }

    private bool IsBackOfficeUrl(string? url) =>
        !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) && url.StartsWith(AccountPaths.BackOffice + "/", StringComparison.OrdinalIgnoreCase);
}
