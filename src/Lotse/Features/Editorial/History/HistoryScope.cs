using System.Security.Claims;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.History;

/// <summary>
/// Which offers (and so which history) a user may see: county editors, administrators and readers all;
/// a municipal editor the offers of their municipalities; a provider those of their organizations.
/// </summary>
public sealed class HistoryScope
{
    private readonly bool _all;
    private readonly List<Guid> _municipalities;
    private readonly List<Guid> _organizations;

    private HistoryScope(bool all, List<Guid> municipalities, List<Guid> organizations) =>
        (_all, _municipalities, _organizations) = (all, municipalities, organizations);

    public bool SeesAll => _all;

    public static async Task<HistoryScope> ForAsync(LotseDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.CountyEditor) || user.IsInRole(Roles.Reader))
            return new HistoryScope(true, [], []);
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
            return new HistoryScope(false, [], []);
        var municipalities = user.IsInRole(Roles.MunicipalityEditor)
            ? await db.UserMunicipalities.Where(s => s.UserId == userId).Select(s => s.MunicipalityId).ToListAsync(cancellationToken)
            : [];
        var organizations = user.IsInRole(Roles.Provider)
            ? await db.UserOrganizations.Where(s => s.UserId == userId).Select(s => s.OrganizationId).ToListAsync(cancellationToken)
            : [];
        return new HistoryScope(false, municipalities, organizations);
    }

    public IQueryable<Offer> Offers(LotseDbContext db) => _all
        ? db.Offers
        : db.Offers.Where(o => (o.MunicipalityId != null && _municipalities.Contains(o.MunicipalityId.Value)) || _organizations.Contains(o.OrganizationId));

    /// <summary>Audit rows of the offers in scope (and of their contacts, schedules, prices); all rows for those who see all.</summary>
    public IQueryable<AuditEntry> AuditEntries(LotseDbContext db)
    {
        if (_all)
            return db.AuditEntries;
        var offerIds = Offers(db).Select(o => o.Id);
        return db.AuditEntries.Where(a => a.OfferId != null && offerIds.Contains(a.OfferId.Value));
    }

    /// <summary>Whether an offer with this owner and municipality lies in the scope (e.g. the content of a version to restore).</summary>
    public bool Covers(Guid organizationId, Guid? municipalityId) =>
        _all || _organizations.Contains(organizationId) || (municipalityId is { } m && _municipalities.Contains(m));
}
