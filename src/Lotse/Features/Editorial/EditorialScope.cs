using System.Linq.Expressions;
using System.Security.Claims;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.History;
using Lotse.Features.Editorial.Suggestions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Lotse.Features.Editorial;

/// <summary>
/// What the signed-in account may read, change and review in the back office: the one scope rule.
/// Administrator and Redaktion Kreis: everything; Redaktion Kommune: the entries of its municipalities;
/// Träger: the entries of its organizations; Lesend reads everything and changes nothing. Load it once
/// per request; the filters go into the queries, so an entry outside the scope is never loaded.
/// </summary>
public sealed class EditorialScope
{
    private readonly List<Guid> _municipalityIds;
    private readonly List<Guid> _organizationIds;

    private EditorialScope(Guid userId, string email, bool editsAll, bool readsAll, bool municipalityEditor, bool provider,
        List<Guid> municipalityIds, List<Guid> organizationIds)
    {
        UserId = userId;
        Email = email;
        EditsAll = editsAll;
        ReadsAll = readsAll;
        IsMunicipalityEditor = municipalityEditor;
        IsProvider = provider;
        _municipalityIds = municipalityIds;
        _organizationIds = organizationIds;
    }

    public Guid UserId { get; }
    public string Email { get; }

    /// <summary>Administrator and Redaktion Kreis.</summary>
    public bool EditsAll { get; }

    /// <summary>Those who change everything, and Lesend.</summary>
    public bool ReadsAll { get; }

    public bool IsMunicipalityEditor { get; }
    public bool IsProvider { get; }

    /// <summary>The account's municipalities (Redaktion Kommune only; empty for those who change everything).</summary>
    public IReadOnlyList<Guid> MunicipalityIds => _municipalityIds;

    /// <summary>The account's organizations (Träger only; empty for those who change everything).</summary>
    public IReadOnlyList<Guid> OrganizationIds => _organizationIds;

    /// <summary>May change at least its own entries (not a reader).</summary>
    public bool MayEdit => EditsAll || IsMunicipalityEditor || IsProvider;

    /// <summary>Providers change their own organizations but do not add new ones.</summary>
    public bool MayCreateOrganizations => EditsAll || IsMunicipalityEditor;

    /// <summary>Entries may only be put into the account's own municipalities (municipal editors).</summary>
    public bool RestrictsMunicipality => !EditsAll && IsMunicipalityEditor && !IsProvider;

    /// <summary>Entries must belong to one of the account's organizations (providers).</summary>
    public bool RestrictsOrganization => !EditsAll && IsProvider && !IsMunicipalityEditor;

    /// <summary>"Kreisweit" (no municipality) is for the county's editors only.</summary>
    public bool MayChooseCountyWide => EditsAll;

    public static async Task<EditorialScope> LoadAsync(LotseDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var editsAll = user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.CountyEditor);
        var municipalityEditor = user.IsInRole(Roles.MunicipalityEditor);
        var provider = user.IsInRole(Roles.Provider);
        // Without a user id nothing of its own is in scope (the rows are keyed by it).
        var hasId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId);
        List<Guid> municipalities = [], organizations = [];
        if (!editsAll && hasId)
        {
            // Scope rows count only for the role they belong to.
            if (municipalityEditor)
                municipalities = await db.UserMunicipalities.Where(s => s.UserId == userId).Select(s => s.MunicipalityId).ToListAsync(cancellationToken);
            if (provider)
                organizations = await db.UserOrganizations.Where(s => s.UserId == userId).Select(s => s.OrganizationId).ToListAsync(cancellationToken);
        }
        return new EditorialScope(userId, user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
            editsAll, editsAll || user.IsInRole(Roles.Reader), municipalityEditor, provider, municipalities, organizations);
    }

    // ---- Offers -------------------------------------------------------------------------------------

    public IQueryable<Offer> Readable(IQueryable<Offer> offers) => ReadsAll ? offers : Editable(offers);

    public IQueryable<Offer> Editable(IQueryable<Offer> offers) => EditsAll ? offers : offers.Where(OwnOffer());

    /// <summary>Offers whose changes the caller decides on (publish, archive, approve revisions): a provider's wait for review.</summary>
    public IQueryable<Offer> Reviewable(IQueryable<Offer> offers)
    {
        if (EditsAll)
            return offers;
        var municipalities = _municipalityIds;
        return offers.Where(o => o.MunicipalityId != null && municipalities.Contains(o.MunicipalityId.Value));
    }

    // The same rules as above, for an offer already loaded.
    public bool CanEdit(Offer offer) => CanEdit(offer.OrganizationId, offer.MunicipalityId);

    /// <summary>Whether an offer with this owner and municipality lies in what the caller may change (e.g. a version to restore).</summary>
    public bool CanEdit(Guid organizationId, Guid? municipalityId) =>
        EditsAll || (municipalityId is { } m && _municipalityIds.Contains(m)) || _organizationIds.Contains(organizationId);

    public bool CanReview(Offer offer) =>
        EditsAll || (offer.MunicipalityId is { } m && _municipalityIds.Contains(m));

    /// <summary>A change by this caller to an offer in this status becomes a pending revision instead of a direct save.</summary>
    public bool NeedsRevision(Offer offer) => offer.Status == OfferStatus.Published && !CanReview(offer);

    /// <summary>Organizations the caller may give an offer (all for every role but Träger), and <paramref name="kept"/>.</summary>
    public IQueryable<Organization> AssignableOrganizations(LotseDbContext db, Guid kept)
    {
        if (EditsAll || IsMunicipalityEditor)
            return db.Organizations;
        var organizations = _organizationIds.Append(kept).ToList();
        return db.Organizations.Where(o => organizations.Contains(o.Id));
    }

    /// <summary>Municipalities the caller may give an offer (only its own for Redaktion Kommune), and <paramref name="kept"/>.</summary>
    public IQueryable<Municipality> AssignableMunicipalities(LotseDbContext db, Guid kept)
    {
        if (!RestrictsMunicipality)
            return db.Municipalities;
        var municipalities = _municipalityIds.Append(kept).ToList();
        return db.Municipalities.Where(m => municipalities.Contains(m.Id));
    }

    // ---- What hangs on an offer: contact persons, suggestions, history ----------------------------------

    /// <summary>Contact persons of the offers the caller may change (not the network's contacts of actors without an offer).</summary>
    public IQueryable<Contact> Editable(IQueryable<Contact> contacts)
    {
        var ofOffers = contacts.Where(c => c.OfferId != null);
        return EditsAll ? ofOffers : ofOffers.Where(Via<Contact>(c => c.Offer!));
    }

    /// <summary>Suggestions for the offers the caller may change.</summary>
    public IQueryable<Suggestion> Editable(IQueryable<Suggestion> suggestions) =>
        EditsAll ? suggestions : suggestions.Where(Via<Suggestion>(s => s.Offer));

    /// <summary>Audit rows of the readable offers (and of their contacts, schedules, prices); all rows for those who read all.</summary>
    public IQueryable<AuditEntry> Readable(IQueryable<AuditEntry> entries, IQueryable<Offer> offers)
    {
        if (ReadsAll)
            return entries;
        var offerIds = Readable(offers).Select(o => o.Id);
        return entries.Where(a => a.OfferId != null && offerIds.Contains(a.OfferId.Value));
    }

    // ---- Organizations and locations --------------------------------------------------------------------

    public IQueryable<Organization> Readable(IQueryable<Organization> query) => ReadsAll ? query : Own(query);
    public IQueryable<Organization> Editable(IQueryable<Organization> query) => EditsAll ? query : Own(query);

    public IQueryable<Location> Readable(IQueryable<Location> query) => ReadsAll ? query : Own(query);
    public IQueryable<Location> Editable(IQueryable<Location> query) => EditsAll ? query : Own(query);

    /// <summary>Whether the account may put an entry into this municipality (null: none or county-wide).</summary>
    public bool MayUseMunicipality(Guid? municipalityId) =>
        !RestrictsMunicipality || (municipalityId is { } id && _municipalityIds.Contains(id));

    // A reader's lists are empty, so "own" is nothing for it: no separate case needed.
    private Expression<Func<Offer, bool>> OwnOffer()
    {
        var municipalities = _municipalityIds;
        var organizations = _organizationIds;
        return o => (o.MunicipalityId != null && municipalities.Contains(o.MunicipalityId.Value)) || organizations.Contains(o.OrganizationId);
    }

    /// <summary>The offer rule applied to an entity through its offer, so the rule is written once.</summary>
    private Expression<Func<T, bool>> Via<T>(Expression<Func<T, Offer>> offer)
    {
        var rule = OwnOffer();
        var body = ReplacingExpressionVisitor.Replace(rule.Parameters[0], offer.Body, rule.Body);
        return Expression.Lambda<Func<T, bool>>(body, offer.Parameters);
    }

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
}
