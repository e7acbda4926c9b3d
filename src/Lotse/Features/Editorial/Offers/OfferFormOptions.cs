using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Offers;

public sealed record Choice(Guid Id, string Name);

public sealed record TaxonomyChoices(string Code, string Name, IReadOnlyList<Choice> Terms);

/// <summary>The selections of the offer form for one caller: what the page lists and what the validator accepts.</summary>
public sealed class OfferFormOptions
{
    public IReadOnlyList<Choice> Organizations { get; private init; } = [];
    public IReadOnlyList<Choice> Municipalities { get; private init; } = [];
    public bool CountyWideAllowed { get; private init; }
    public IReadOnlyList<TaxonomyChoices> Taxonomies { get; private init; } = [];
    public IReadOnlyList<Choice> Languages { get; private init; } = [];
    public IReadOnlyList<Choice> Locations { get; private init; } = [];

    public OfferFormChoices Choices => new(
        Organizations.Select(o => o.Id).ToHashSet(),
        Municipalities.Select(m => m.Id).ToHashSet(),
        CountyWideAllowed,
        Taxonomies.SelectMany(t => t.Terms).Select(t => t.Id).ToHashSet(),
        Languages.Select(l => l.Id).ToHashSet(),
        Locations.Select(l => l.Id).ToHashSet());

    /// <summary>
    /// The options for <paramref name="scope"/>. <paramref name="current"/> is the offer as stored (null when
    /// creating): its own organization, municipality and locations stay selectable, so that an offer
    /// can be saved without being moved into the caller's scope first.
    /// </summary>
    public static async Task<OfferFormOptions> LoadAsync(LotseDbContext db, EditorialScope scope, OfferSnapshot? current,
        Guid? postedOrganizationId, CancellationToken cancellationToken)
    {
        var currentOrganization = current?.OrganizationId ?? Guid.Empty;
        var organizations = await scope.AssignableOrganizations(db, currentOrganization)
            .OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(cancellationToken);

        var currentMunicipality = current?.MunicipalityId ?? Guid.Empty;
        var municipalities = await scope.AssignableMunicipalities(db, currentMunicipality)
            .OrderBy(m => m.Name).Select(m => new Choice(m.Id, m.Name)).ToListAsync(cancellationToken);

        var terms = await db.TaxonomyTerms
            .OrderBy(t => t.Taxonomy.Name).ThenBy(t => t.SortOrder).ThenBy(t => t.Label)
            .Select(t => new { t.Taxonomy.Code, TaxonomyName = t.Taxonomy.Name, t.Id, t.Label })
            .ToListAsync(cancellationToken);
        var order = new[] { TaxonomyCodes.Topic, TaxonomyCodes.OfferType, TaxonomyCodes.Audience };
        var taxonomies = terms.GroupBy(t => (t.Code, t.TaxonomyName))
            .OrderBy(g => Array.IndexOf(order, g.Key.Code) is var i and >= 0 ? i : order.Length)
            .Select(g => new TaxonomyChoices(g.Key.Code, g.Key.TaxonomyName, g.Select(t => new Choice(t.Id, t.Label)).ToList()))
            .ToList();

        var languages = await db.Languages.OrderBy(l => l.SortOrder).ThenBy(l => l.Name)
            .Select(l => new Choice(l.Id, l.Name)).ToListAsync(cancellationToken);

        IQueryable<Location> locations = db.Locations;
        if (!scope.EditsAll)
        {
            var ownOrganizations = scope.OrganizationIds.Append(currentOrganization).Append(postedOrganizationId ?? Guid.Empty).ToList();
            var ownMunicipalities = scope.MunicipalityIds.ToList();
            var linked = current?.LocationIds.ToList() ?? [];
            locations = locations.Where(l =>
                (l.OrganizationId != null && ownOrganizations.Contains(l.OrganizationId.Value))
                || (l.MunicipalityId != null && ownMunicipalities.Contains(l.MunicipalityId.Value))
                || linked.Contains(l.Id));
        }
        var locationRows = await locations.OrderBy(l => l.Name).ThenBy(l => l.Street)
            .Select(l => new { l.Id, l.Name, l.Street, l.PostalCode, l.City }).ToListAsync(cancellationToken);

        return new OfferFormOptions
        {
            Organizations = organizations,
            Municipalities = municipalities,
            CountyWideAllowed = scope.MayChooseCountyWide || (current is not null && current.MunicipalityId is null),
            Taxonomies = taxonomies,
            Languages = languages,
            Locations = locationRows.Select(l => new Choice(l.Id,
                string.Join(", ", new[] { l.Name, l.Street, $"{l.PostalCode} {l.City}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p))))).ToList(),
        };
    }
}
