using System.Security.Claims;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.DirectoryEditing;

/// <summary>
/// What the signed-in account may read and change in the directory. County editors and administrators
/// change everything, readers read everything and change nothing; a municipal editor reads and changes
/// the entries of their municipalities, a provider those of their own organizations. The filters are
/// applied inside the queries, so an entry outside the scope is never loaded for the page.
/// </summary>
public sealed class EditorScope
{
    private readonly List<Guid> _municipalityIds;
    private readonly List<Guid> _organizationIds;

    private EditorScope(bool readsAll, bool editsAll, bool municipalityEditor, bool provider, List<Guid> municipalityIds, List<Guid> organizationIds)
    {
        ReadsAll = readsAll;
        EditsAll = editsAll;
        MayEdit = editsAll || municipalityEditor || provider;
        MayCreateOrganizations = editsAll || municipalityEditor;
        // A provider's entries are bound to its organizations, a municipal editor's to the municipality.
        RestrictsMunicipality = !editsAll && municipalityEditor && !provider;
        RestrictsOrganization = !editsAll && provider && !municipalityEditor;
        _municipalityIds = municipalityIds;
        _organizationIds = organizationIds;
    }

    public bool ReadsAll { get; }
    public bool EditsAll { get; }

    /// <summary>May change at least its own entries (not a reader).</summary>
    public bool MayEdit { get; }

    /// <summary>Providers change their own organizations but do not add new ones.</summary>
    public bool MayCreateOrganizations { get; }

    /// <summary>Entries may only be put into the account's own municipalities (municipal editors).</summary>
    public bool RestrictsMunicipality { get; }

    /// <summary>Entries must belong to one of the account's organizations (providers).</summary>
    public bool RestrictsOrganization { get; }

    public IReadOnlyList<Guid> MunicipalityIds => _municipalityIds;
    public IReadOnlyList<Guid> OrganizationIds => _organizationIds;

    public static async Task<EditorScope> LoadAsync(LotseDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var editsAll = user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.CountyEditor);
        var readsAll = editsAll || user.IsInRole(Roles.Reader);
        var municipalityEditor = user.IsInRole(Roles.MunicipalityEditor);
        var provider = user.IsInRole(Roles.Provider);
        List<Guid> municipalities = [], organizations = [];
        if (!editsAll && (municipalityEditor || provider) && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            if (municipalityEditor)
                municipalities = await db.UserMunicipalities.Where(s => s.UserId == userId).Select(s => s.MunicipalityId).ToListAsync(cancellationToken);
            if (provider)
                organizations = await db.UserOrganizations.Where(s => s.UserId == userId).Select(s => s.OrganizationId).ToListAsync(cancellationToken);
        }
        return new EditorScope(readsAll, editsAll, municipalityEditor, provider, municipalities, organizations);
    }

    public IQueryable<Organization> Readable(IQueryable<Organization> query) => ReadsAll ? query : Own(query);
    public IQueryable<Organization> Editable(IQueryable<Organization> query) => EditsAll ? query : MayEdit ? Own(query) : query.Where(_ => false);

    public IQueryable<Location> Readable(IQueryable<Location> query) => ReadsAll ? query : Own(query);
    public IQueryable<Location> Editable(IQueryable<Location> query) => EditsAll ? query : MayEdit ? Own(query) : query.Where(_ => false);

    public IQueryable<Offer> Readable(IQueryable<Offer> query) => ReadsAll ? query : Own(query);
    public IQueryable<Offer> Editable(IQueryable<Offer> query) => EditsAll ? query : MayEdit ? Own(query) : query.Where(_ => false);

    /// <summary>Whether the account may put an entry into this municipality (null: none or county-wide).</summary>
    public bool MayUseMunicipality(Guid? municipalityId) =>
        !RestrictsMunicipality || (municipalityId is { } id && _municipalityIds.Contains(id));

    private IQueryable<Organization> Own(IQueryable<Organization> query)
    {
        var municipalities = _municipalityIds;
        var organizations = _organizationIds;
        return query.Where(o => (o.MunicipalityId != null && municipalities.Contains(o.MunicipalityId.Value)) || organizations.Contains(o.Id));
    }

    private IQueryable<Location> Own(IQueryable<Location> query)
    {
        var municipalities = _municipalityIds;
        var organizations = _organizationIds;
        return query.Where(l => (l.MunicipalityId != null && municipalities.Contains(l.MunicipalityId.Value))
                                || (l.OrganizationId != null && organizations.Contains(l.OrganizationId.Value)));
    }

    private IQueryable<Offer> Own(IQueryable<Offer> query)
    {
        var municipalities = _municipalityIds;
        var organizations = _organizationIds;
        return query.Where(o => (o.MunicipalityId != null && municipalities.Contains(o.MunicipalityId.Value)) || organizations.Contains(o.OrganizationId));
    }
}
