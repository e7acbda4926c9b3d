using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Translations;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Editorial.Translations;

/// <summary>Translations written straight into a test's database, and the addresses of their pages.</summary>
public static class TranslationsTestData
{
    public static string EditUrl(Guid offerId, string culture) => $"/intern/angebote/{offerId}/uebersetzungen/{culture}";

    public static string ListUrl(Guid offerId) => $"/intern/angebote/{offerId}/uebersetzungen";

    /// <summary>A translation made from the offer's German text as it is now (current), or machine-made.</summary>
    public static async Task<OfferTranslation> AddAsync(LotseAppFactory factory, Guid offerId, string culture, string name, string description,
        bool machine = false, Action<OfferTranslation>? configure = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var offer = await db.Offers.AsNoTracking().SingleAsync(o => o.Id == offerId);
        var translation = new OfferTranslation
        {
            Id = Guid.NewGuid(),
            OfferId = offerId,
            Culture = culture,
            Name = name,
            Description = description,
            SourceHash = OfferTexts.Of(offer).SourceHash(),
            IsMachineTranslated = machine,
            TranslatedBy = "test",
            UpdatedAt = DateTime.UtcNow,
        };
        configure?.Invoke(translation);
        db.OfferTranslations.Add(translation);
        await db.SaveChangesAsync();
        return translation;
    }

    public static Task<OfferTranslation?> FindAsync(LotseAppFactory factory, Guid offerId, string culture) =>
        OffersTestData.QueryAsync(factory, db => db.OfferTranslations.AsNoTracking().SingleOrDefaultAsync(t => t.OfferId == offerId && t.Culture == culture));

    /// <summary>Changes the offer's German description as an editor's save would (through SaveChanges).</summary>
    public static async Task ChangeGermanDescriptionAsync(LotseAppFactory factory, Guid offerId, string description)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var offer = await db.Offers.SingleAsync(o => o.Id == offerId);
        offer.Description = description;
        await db.SaveChangesAsync();
    }

    public static Task<Offer> AddOfferAsync(LotseAppFactory factory, string name, string municipality = OffersTestData.Troisdorf) =>
        OffersTestData.AddOfferAsync(factory, name, municipality, OfferStatus.Published,
            (offer, _) => offer.EligibilityDescription = "Alle, die in der Stadt wohnen.");
}
