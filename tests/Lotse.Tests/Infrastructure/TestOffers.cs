using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Infrastructure;

/// <summary>Writes offers of a test's own into the app's database, with the seeded reference data.</summary>
public static class TestOffers
{
    public static async Task<Offer> AddAsync(LotseAppFactory factory, Action<Offer, LotseDbContext>? configure = null,
        OfferStatus status = OfferStatus.Published, string municipalityCode = "05382068")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var municipality = await db.Municipalities.SingleAsync(m => m.Code == municipalityCode);
        var organization = new Organization { Id = Guid.NewGuid(), Name = "Testträger " + Guid.NewGuid().ToString("N")[..6], MunicipalityId = municipality.Id };
        var offer = new Offer
        {
            Id = Guid.NewGuid(),
            Organization = organization,
            Name = "Testangebot",
            Description = "Ein Angebot, das ein Test angelegt hat.",
            Status = status,
            MunicipalityId = municipality.Id,
            CreatedAt = DateTime.UtcNow,
            LastModified = DateTime.UtcNow,
        };
        configure?.Invoke(offer, db);
        db.Offers.Add(offer);
        await db.SaveChangesAsync();
        return offer;
    }

    public static Task<TaxonomyTerm> TermAsync(LotseDbContext db, string taxonomy, string code) =>
        db.TaxonomyTerms.SingleAsync(t => t.Taxonomy.Code == taxonomy && t.Code == code);
}
