using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.History;
using Lotse.Features.Editorial.Offers;

namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>
/// Saves the valid rows of a checked upload as new offers, all in one transaction, declared as an import of the
/// uploading user so the audit log and versions say "Import". New addresses become places of the offer's
/// organization; an address the caller already has is linked instead.
/// </summary>
public sealed class ImportSaver(LotseDbContext db, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>Publishing directly is a reviewer's step (<see cref="OfferWorkflow"/>): allowed only where the caller reviews every row.</summary>
    public static bool MayPublish(EditorialScope scope, IEnumerable<ImportRow> rows) =>
        (scope.EditsAll || scope.IsMunicipalityEditor)
        && rows.Where(r => r.IsValid).All(r => scope.EditsAll || (r.Snapshot!.MunicipalityId is { } m && scope.MunicipalityIds.Contains(m)));

    public async Task<ImportOutcome> SaveAsync(ImportCheck check, EditorialScope scope, bool publish, bool skipDuplicates, CancellationToken cancellationToken)
    {
        actor.Set(scope.UserId, scope.Email, ActorSources.Import);
        var now = clock.GetUtcNow().UtcDateTime;
        var status = publish ? OfferStatus.Published : OfferStatus.Draft;
        var newLocations = new Dictionary<(Guid Organization, string Address), Location>();
        var saved = new List<(ImportRow Row, Offer Offer)>();
        var skipped = 0;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in check.Rows.Where(r => r.IsValid))
        {
            if (skipDuplicates && row.Warnings.Count > 0)
            {
                skipped++;
                continue;
            }
            var snapshot = row.Snapshot! with
            {
                Status = status,
                LocationIds = row.Address?.ExistingLocationId is { } existing ? [existing] : [],
            };
            var offer = new Offer
            {
                Id = Guid.NewGuid(),
                Name = snapshot.Name,
                Description = snapshot.Description,
                OrganizationId = snapshot.OrganizationId,
                CreatedAt = now,
                LastModified = now,
            };
            db.Offers.Add(offer);
            await snapshot.ApplyToAsync(db, offer, cancellationToken);
            if (row.Address is { ExistingLocationId: null } address)
                offer.Locations.Add(NewLocation(newLocations, address, snapshot));
            saved.Add((row, offer));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new ImportOutcome(scope.UserId, publish,
            saved.Select(s => new ImportedOffer(s.Row.Line, s.Offer.Id, s.Offer.Name)).ToList(),
            check.ErrorCount, skipped);
    }

    private Location NewLocation(Dictionary<(Guid, string), Location> created, ImportAddress address, OfferSnapshot snapshot)
    {
        var key = (snapshot.OrganizationId, DuplicateFinder.NormalizeAddress(new PostalAddress(address.Street, address.PostalCode)) ?? "");
        if (created.TryGetValue(key, out var location))
            return location;
        location = new Location
        {
            Id = Guid.NewGuid(),
            Name = address.Street,
            Street = address.Street,
            PostalCode = address.PostalCode,
            City = address.City,
            OrganizationId = snapshot.OrganizationId,
            MunicipalityId = snapshot.MunicipalityId,
        };
        db.Locations.Add(location);
        created[key] = location;
        return location;
    }
}
