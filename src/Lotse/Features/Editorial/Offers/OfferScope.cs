using System.Linq.Expressions;
using System.Security.Claims;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Offers;

/// <summary>
/// Which offers the signed-in caller may read, change and review. Kreis and Administrator: all;
/// Redaktion Kommune: offers of its municipalities; Träger: offers of its organizations; Lesend reads all.
/// The filters are expressions, so the scope is part of every query.
/// </summary>
public sealed class OfferScope
{
    public required Guid UserId { get; init; }
    public required string Email { get; init; }
    public bool EditsAll { get; init; }
    public bool ReadsAll { get; init; }
    public bool IsMunicipalityEditor { get; init; }
    public bool IsProvider { get; init; }
    public IReadOnlyList<Guid> MunicipalityIds { get; init; } = [];
    public IReadOnlyList<Guid> OrganizationIds { get; init; } = [];

    /// <summary>A provider's change to a published offer waits for review; everyone else with edit rights is a reviewer.</summary>
    public bool MayEdit => EditsAll || IsMunicipalityEditor || IsProvider;

    public static async Task<OfferScope> LoadAsync(LotseDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var editsAll = user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.CountyEditor);
        var municipal = user.IsInRole(Roles.MunicipalityEditor);
        var provider = user.IsInRole(Roles.Provider);
        return new OfferScope
        {
            UserId = userId,
            Email = user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
            EditsAll = editsAll,
            ReadsAll = editsAll || user.IsInRole(Roles.Reader),
            IsMunicipalityEditor = municipal,
            IsProvider = provider,
            MunicipalityIds = municipal
                ? await db.UserMunicipalities.Where(s => s.UserId == userId).Select(s => s.MunicipalityId).ToListAsync(cancellationToken)
                : [],
            OrganizationIds = provider
                ? await db.UserOrganizations.Where(s => s.UserId == userId).Select(s => s.OrganizationId).ToListAsync(cancellationToken)
                : [],
        };
    }

    public Expression<Func<Offer, bool>> Editable()
    {
        if (EditsAll)
            return _ => true;
        var municipalities = MunicipalityIds.ToList();
        var organizations = OrganizationIds.ToList();
        return o => (o.MunicipalityId != null && municipalities.Contains(o.MunicipalityId.Value)) || organizations.Contains(o.OrganizationId);
    }

    public Expression<Func<Offer, bool>> Readable() => ReadsAll ? _ => true : Editable();

    /// <summary>Offers whose changes the caller decides on (publish, archive, approve revisions).</summary>
    public Expression<Func<Offer, bool>> Reviewable()
    {
        if (EditsAll)
            return _ => true;
        var municipalities = MunicipalityIds.ToList();
        return o => o.MunicipalityId != null && municipalities.Contains(o.MunicipalityId.Value);
    }

    // The same rules as the expressions above, for an offer already loaded.
    public bool CanEdit(Offer offer) =>
        EditsAll || (offer.MunicipalityId is { } m && MunicipalityIds.Contains(m)) || OrganizationIds.Contains(offer.OrganizationId);

    public bool CanReview(Offer offer) =>
        EditsAll || (offer.MunicipalityId is { } m && MunicipalityIds.Contains(m));

    /// <summary>A change by this caller to an offer in this status becomes a pending revision instead of a direct save.</summary>
    public bool NeedsRevision(Offer offer) => offer.Status == OfferStatus.Published && !CanReview(offer);

    /// <summary>Organizations the caller may give an offer (all for every role but Träger), and <paramref name="kept"/>.</summary>
    public IQueryable<Organization> AssignableOrganizations(LotseDbContext db, Guid kept)
    {
        if (EditsAll || IsMunicipalityEditor)
            return db.Organizations;
        var organizations = OrganizationIds.Append(kept).ToList();
        return db.Organizations.Where(o => organizations.Contains(o.Id));
    }

    /// <summary>Municipalities the caller may give an offer (only its own for Redaktion Kommune), and <paramref name="kept"/>.</summary>
    public IQueryable<Municipality> AssignableMunicipalities(LotseDbContext db, Guid kept)
    {
        if (EditsAll || !IsMunicipalityEditor || IsProvider)
            return db.Municipalities;
        var municipalities = MunicipalityIds.Append(kept).ToList();
        return db.Municipalities.Where(m => municipalities.Contains(m.Id));
    }

    /// <summary>"Kreisweit" (no municipality) is for the county's editors only.</summary>
    public bool MayChooseCountyWide => EditsAll;
}
