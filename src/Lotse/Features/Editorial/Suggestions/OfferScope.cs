using System.Security.Claims;
using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Suggestions;

/// <summary>
/// Which offers' suggestions an account reviews: Redaktion Kreis and Administrator all; Redaktion Kommune
/// those of its municipalities; Träger those of its organizations.
/// </summary>
public sealed record OfferScope(bool All, IReadOnlyList<Guid> MunicipalityIds, IReadOnlyList<Guid> OrganizationIds)
{
    public static async Task<OfferScope> LoadAsync(LotseDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.CountyEditor))
            return new OfferScope(true, [], []);
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
            return new OfferScope(false, [], []);
        var municipalities = await db.UserMunicipalities.Where(s => s.UserId == userId).Select(s => s.MunicipalityId).ToListAsync(cancellationToken);
        var organizations = await db.UserOrganizations.Where(s => s.UserId == userId).Select(s => s.OrganizationId).ToListAsync(cancellationToken);
        return new OfferScope(false, municipalities, organizations);
    }

    public IQueryable<Suggestion> Filter(IQueryable<Suggestion> suggestions)
    {
        if (All)
            return suggestions;
        var municipalities = MunicipalityIds.ToList();
        var organizations = OrganizationIds.ToList();
        return suggestions.Where(s =>
            (s.Offer.MunicipalityId != null && municipalities.Contains(s.Offer.MunicipalityId.Value)) ||
            organizations.Contains(s.Offer.OrganizationId));
    }
}
