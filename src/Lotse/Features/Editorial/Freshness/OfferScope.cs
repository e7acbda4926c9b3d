using System.Security.Claims;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Freshness;

/// <summary>
/// The offers an account may see or change: county editors and administrators all, municipal editors
/// those of their municipalities, providers those of their organizations. Readers see all, change none.
/// </summary>
public sealed record OfferScope(bool All, IReadOnlyList<Guid> MunicipalityIds, IReadOnlyList<Guid> OrganizationIds)
{
    public static Task<OfferScope> ForReadingAsync(ClaimsPrincipal user, LotseDbContext db, CancellationToken cancellationToken) =>
        ForAsync(user, db, user.IsInRole(Roles.Reader), cancellationToken);

    public static Task<OfferScope> ForEditingAsync(ClaimsPrincipal user, LotseDbContext db, CancellationToken cancellationToken) =>
        ForAsync(user, db, readsAll: false, cancellationToken);

    private static async Task<OfferScope> ForAsync(ClaimsPrincipal user, LotseDbContext db, bool readsAll, CancellationToken cancellationToken)
    {
        if (readsAll || user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.CountyEditor))
            return new OfferScope(true, [], []);
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
            return new OfferScope(false, [], []);
        var municipalities = user.IsInRole(Roles.MunicipalityEditor)
            ? await db.UserMunicipalities.Where(s => s.UserId == userId).Select(s => s.MunicipalityId).ToListAsync(cancellationToken)
            : [];
        var organizations = user.IsInRole(Roles.Provider)
            ? await db.UserOrganizations.Where(s => s.UserId == userId).Select(s => s.OrganizationId).ToListAsync(cancellationToken)
            : [];
        return new OfferScope(false, municipalities, organizations);
    }

    public IQueryable<Offer> Apply(IQueryable<Offer> offers)
    {
        if (All)
            return offers;
        var municipalities = MunicipalityIds.ToList();
        var organizations = OrganizationIds.ToList();
        return offers.Where(o => (o.MunicipalityId != null && municipalities.Contains(o.MunicipalityId.Value)) || organizations.Contains(o.OrganizationId));
    }
}
