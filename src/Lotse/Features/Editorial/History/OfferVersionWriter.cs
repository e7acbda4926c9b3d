using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.History;

/// <summary>
/// Adds a version for each touched offer whose saved content differs from its latest version. Runs
/// inside the save's transaction after the changes are written, so it reads the offers as saved.
/// </summary>
public static class OfferVersionWriter
{
    private sealed record Latest(Guid OfferId, int Number, string SnapshotJson);

    /// <summary>
    /// Offers per query: EF Core sends a list's values as one parameter each, and an import of 10 000 offers in one
    /// query spent minutes in EF's SQL generation (and comes near SQLite's parameter limit).
    /// </summary>
    private const int Chunk = 500;

    public static async Task AddVersionsAsync(LotseDbContext db, IReadOnlyCollection<Guid> offerIds, bool allNew,
        ICurrentActor? actor, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var chunk in offerIds.Chunk(Chunk))
        {
            var offers = await Offers(db, chunk).ToListAsync(cancellationToken);
            List<Latest> latest = allNew ? [] : await LatestVersions(db, chunk).ToListAsync(cancellationToken);
            db.OfferVersions.AddRange(NewVersions(offers, latest, actor, now));
        }
    }

    public static void AddVersions(LotseDbContext db, IReadOnlyCollection<Guid> offerIds, bool allNew, ICurrentActor? actor, DateTime now)
    {
        foreach (var chunk in offerIds.Chunk(Chunk))
        {
            var offers = Offers(db, chunk).ToList();
            List<Latest> latest = allNew ? [] : LatestVersions(db, chunk).ToList();
            db.OfferVersions.AddRange(NewVersions(offers, latest, actor, now));
        }
    }

    // All touched offers at once; split per collection, so that terms × languages × schedules do not multiply rows.
    private static IQueryable<Offer> Offers(LotseDbContext db, IReadOnlyCollection<Guid> offerIds) =>
        db.Offers.AsNoTracking().AsSplitQuery()
            .Include(o => o.Terms)
            .Include(o => o.Languages)
            .Include(o => o.Locations)
            .Include(o => o.Schedules)
            .Include(o => o.CostOptions)
            .Where(o => offerIds.Contains(o.Id));

    private static IQueryable<Latest> LatestVersions(LotseDbContext db, IReadOnlyCollection<Guid> offerIds) =>
        db.OfferVersions.AsNoTracking()
            .Where(v => offerIds.Contains(v.OfferId)
                && v.Number == db.OfferVersions.Where(w => w.OfferId == v.OfferId).Max(w => w.Number))
            .Select(v => new Latest(v.OfferId, v.Number, v.SnapshotJson));

    private static IEnumerable<OfferVersion> NewVersions(List<Offer> offers, List<Latest> latest, ICurrentActor? actor, DateTime now)
    {
        var latestByOffer = latest.ToDictionary(l => l.OfferId);
        foreach (var offer in offers)
        {
            var json = OfferSnapshot.Capture(offer).ToJson();
            latestByOffer.TryGetValue(offer.Id, out var previous);
            if (previous?.SnapshotJson == json)
                continue;
            yield return new OfferVersion
            {
                Id = Guid.NewGuid(),
                OfferId = offer.Id,
                Number = (previous?.Number ?? 0) + 1,
                At = now,
                ActorId = actor?.ActorId,
                ActorName = actor?.ActorName ?? ActorSources.System,
                Source = actor?.Source ?? ActorSources.System,
                SnapshotJson = json,
            };
        }
    }
}
