using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Planning;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Planning.WorkPlan;

/// <summary>Measures written straight into the app's database, and the term/municipality ids the measure form posts.</summary>
public static class WorkPlanTestData
{
    public static async Task<Measure> AddMeasureAsync(LotseAppFactory factory, string title, string municipalityCode = OffersTestData.Troisdorf,
        string[]? topics = null, string[]? audiences = null, FocusArea focus = FocusArea.Education)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var measure = new Measure
        {
            Id = Guid.NewGuid(),
            Title = title,
            FocusArea = focus,
            EducationChainStage = focus == FocusArea.Education ? EducationChainStage.School : null,
            CrossCuttingField = focus == FocusArea.CrossCutting ? "Sprache und Begegnung" : null,
            CrossCuttingPeriodStartYear = focus == FocusArea.CrossCutting ? 2026 : null,
            StartsOn = new DateOnly(2026, 9, 1),
            CreatedAt = DateTime.UtcNow,
            LastModified = DateTime.UtcNow,
        };
        measure.Municipalities.Add(await db.Municipalities.SingleAsync(m => m.Code == municipalityCode));
        foreach (var code in topics ?? ["sprache"])
            measure.Terms.Add(await TestOffers.TermAsync(db, TaxonomyCodes.Topic, code));
        foreach (var code in audiences ?? ["frauen"])
            measure.Terms.Add(await TestOffers.TermAsync(db, TaxonomyCodes.Audience, code));
        db.Measures.Add(measure);
        await db.SaveChangesAsync();
        return measure;
    }

    /// <summary>A published directory offer with topics and audiences, in <paramref name="municipalityCode"/>.</summary>
    public static Task<Offer> AddOfferAsync(LotseAppFactory factory, string name, string municipalityCode, string[] topics, string[] audiences,
        OfferStatus status = OfferStatus.Published) =>
        OffersTestData.AddOfferAsync(factory, name, municipalityCode, status, (offer, db) =>
        {
            foreach (var code in topics)
                offer.Terms.Add(TestOffers.TermAsync(db, TaxonomyCodes.Topic, code).GetAwaiter().GetResult());
            foreach (var code in audiences)
                offer.Terms.Add(TestOffers.TermAsync(db, TaxonomyCodes.Audience, code).GetAwaiter().GetResult());
        });

    public static Task<string> TermIdAsync(LotseAppFactory factory, string taxonomy, string code) =>
        OffersTestData.QueryAsync(factory, async db => (await TestOffers.TermAsync(db, taxonomy, code)).Id.ToString());

    public static Task<string> MunicipalityIdAsync(LotseAppFactory factory, string code) =>
        OffersTestData.QueryAsync(factory, async db => (await db.Municipalities.SingleAsync(m => m.Code == code)).Id.ToString());

    /// <summary>The access matrix's sample: every role that may read the work plan reads every measure.</summary>
    public static async Task<Editorial.Offers.ScopedSamples> MeasureSamplesAsync(LotseAppFactory factory, string? role) =>
        new($"/intern/massnahmen/{(await AddMeasureAsync(factory, "Matrix-Maßnahme")).Id}", null);
}
