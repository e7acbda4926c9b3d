using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Search;
using Lotse.Features.Search.Indexing;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Search;

/// <summary>Writes a test's own offers through the DbContext and waits for the index to reflect them.</summary>
public static class SearchTestData
{
    public const string Troisdorf = "05382068";
    public const string Siegburg = "05382060";
    public const string SanktAugustin = "05382056";
    public const string Windeck = "05382076";

    public static async Task<T> WithDbAsync<T>(this LotseAppFactory factory, Func<LotseDbContext, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<LotseDbContext>());
    }

    public static Task WithDbAsync(this LotseAppFactory factory, Func<LotseDbContext, Task> action) =>
        factory.WithDbAsync(async db =>
        {
            await action(db);
            return true;
        });

    public static async Task<Organization> AddOrganizationAsync(this LotseDbContext db, string name, string? municipality = null)
    {
        var organization = new Organization
        {
            Id = Guid.NewGuid(),
            Name = name,
            MunicipalityId = municipality is null ? null : (await db.Municipalities.SingleAsync(m => m.Code == municipality)).Id,
            LastModified = DateTime.UtcNow,
        };
        db.Organizations.Add(organization);
        return organization;
    }

    /// <summary>Adds a published offer (unless a status is given); terms as "taxonomy:code", languages as ISO codes.</summary>
    public static async Task<Offer> AddOfferAsync(this LotseDbContext db, Organization organization, string name, string description,
        string[] terms, string[] languages, string? municipality, DateOnly? lastVerified = null,
        OfferStatus status = OfferStatus.Published, bool isExample = false)
    {
        var offer = new Offer
        {
            Id = Guid.NewGuid(),
            Organization = organization,
            Name = name,
            Description = description,
            Status = status,
            LastVerified = lastVerified,
            IsExample = isExample,
            CreatedAt = DateTime.UtcNow,
            LastModified = DateTime.UtcNow,
            MunicipalityId = municipality is null ? null : (await db.Municipalities.SingleAsync(m => m.Code == municipality)).Id,
        };
        foreach (var term in terms)
        {
            var (taxonomy, code) = (term.Split(':')[0], term.Split(':')[1]);
            offer.Terms.Add(await db.TaxonomyTerms.SingleAsync(t => t.Taxonomy.Code == taxonomy && t.Code == code));
        }
        foreach (var language in languages)
            offer.Languages.Add(await db.Languages.SingleAsync(l => l.Code == language));
        db.Offers.Add(offer);
        return offer;
    }

    /// <summary>Waits until the index has applied every change-log entry the database holds now.</summary>
    public static async Task WaitForIndexAsync(this LotseAppFactory factory, TimeSpan? timeout = null)
    {
        var index = factory.Services.GetRequiredService<SearchIndex>();
        await index.WhenReady.WaitAsync(TimeSpan.FromSeconds(60));
        var target = await factory.WithDbAsync(db => db.ChangeLog.MaxAsync(c => (long?)c.Sequence)) ?? 0;
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (index.AppliedSequence < target)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Index at sequence {index.AppliedSequence}, database at {target}");
            await Task.Delay(25);
        }
    }

    public static Task<SearchResult> SearchAsync(this LotseAppFactory factory, SearchQuery query) =>
        factory.Services.GetRequiredService<IOfferSearch>().SearchAsync(query);

    public static Task<SearchResult> SearchAsync(this LotseAppFactory factory, string? text, params (string Facet, string Code)[] filters) =>
        factory.SearchAsync(Query(text, filters));

    public static SearchQuery Query(string? text, params (string Facet, string Code)[] filters) => new()
    {
        Text = text,
        PageSize = SearchQuery.MaxPageSize,
        Filters = filters.GroupBy(f => f.Facet).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(f => f.Code).ToList()),
    };
}
