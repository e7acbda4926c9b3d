using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Search.Indexing;

/// <summary>Reads changed offers for the index in batches, and finds the offers a change-log entry affects.</summary>
public static class OfferIndexSource
{
    public const int BatchSize = 1000;

    /// <summary>The published ones among <paramref name="ids"/> (at most a batch).</summary>
    public static async Task<List<IndexedOffer>> LoadPublishedAsync(LotseDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var offers = await db.Offers.AsNoTracking().AsSplitQuery()
            .Where(o => ids.Contains(o.Id) && o.Status == OfferStatus.Published)
            .Select(o => new IndexedOffer(
                o.Id,
                o.Name,
                o.AlternateName,
                o.Description,
                o.Organization.Name,
                o.MunicipalityId,
                o.Organization.MunicipalityId,
                o.LastVerified,
                o.IsExample,
                o.Terms.Select(t => t.Id).ToList(),
                o.Languages.Select(l => l.Id).ToList(),
                o.Locations.Select(l => new IndexedLocation(l.Street, l.City, l.MunicipalityId, l.Latitude, l.Longitude)).ToList()))
            .ToListAsync(cancellationToken);
        var translations = await TranslationSource.LoadAsync(db, ids, cancellationToken);
        return offers.Select(o => translations.TryGetValue(o.Id, out var shown) ? o with { Translations = shown } : o).ToList();
    }

    /// <summary>The ids of all offers (any status) whose index document depends on the changed entities.</summary>
    public static async Task<HashSet<Guid>> AffectedOffersAsync(LotseDbContext db, IEnumerable<(string EntityType, Guid EntityId)> changes, CancellationToken cancellationToken)
    {
        var affected = new HashSet<Guid>();
        foreach (var group in changes.GroupBy(c => c.EntityType))
        {
            var ids = group.Select(c => c.EntityId).Distinct().ToList();
            IQueryable<Offer>? offers = group.Key switch
            {
                nameof(Offer) => null,
                nameof(Organization) => db.Offers.Where(o => ids.Contains(o.OrganizationId)),
                nameof(Location) => db.Offers.Where(o => o.Locations.Any(l => ids.Contains(l.Id))),
                nameof(TaxonomyTerm) => db.Offers.Where(o => o.Terms.Any(t => ids.Contains(t.Id))),
                nameof(Language) => db.Offers.Where(o => o.Languages.Any(l => ids.Contains(l.Id))),
                nameof(Municipality) => db.Offers.Where(o =>
                    (o.MunicipalityId != null && ids.Contains(o.MunicipalityId.Value))
                    || (o.Organization.MunicipalityId != null && ids.Contains(o.Organization.MunicipalityId.Value))
                    || o.Locations.Any(l => l.MunicipalityId != null && ids.Contains(l.MunicipalityId.Value))),
                _ => db.Offers.Where(o => false),
            };
            if (offers is null)
                affected.UnionWith(ids);
            else
                affected.UnionWith(await offers.AsNoTracking().Select(o => o.Id).ToListAsync(cancellationToken));
        }
        return affected;
    }
}
