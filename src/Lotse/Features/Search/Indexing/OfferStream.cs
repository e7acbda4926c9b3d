using System.Runtime.CompilerServices;
using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Search.Indexing;

/// <summary>
/// Streams all published offers for a full rebuild: one ordered query for the offers and one per
/// linked table, merged by offer id like a split query, but streamed, so that a million offers
/// need neither a million lookups nor all rows in memory at once.
/// </summary>
public static class OfferStream
{
    public static async IAsyncEnumerable<IndexedOffer> PublishedAsync(IServiceScopeFactory scopes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One context (connection) per stream: the five readers are open at the same time.
        await using var offerScope = scopes.CreateAsyncScope();
        await using var termScope = scopes.CreateAsyncScope();
        await using var languageScope = scopes.CreateAsyncScope();
        await using var locationScope = scopes.CreateAsyncScope();
        await using var translationScope = scopes.CreateAsyncScope();
        static LotseDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<LotseDbContext>();

        var offers = Db(offerScope).Offers.AsNoTracking()
            .Where(o => o.Status == OfferStatus.Published)
            .OrderBy(o => o.Id)
            .Select(o => new IndexedOffer(o.Id, o.Name, o.AlternateName, o.Description, o.Organization.Name,
                o.MunicipalityId, o.Organization.MunicipalityId, o.LastVerified, o.IsExample, new List<Guid>(), new List<Guid>(), new List<IndexedLocation>()))
            .AsAsyncEnumerable();
        await using var terms = new Cursor<(Guid OfferId, Guid TermId)>(Links(Db(termScope), "OfferTerms", "TermId"), cancellationToken);
        await using var languages = new Cursor<(Guid OfferId, Guid LanguageId)>(Links(Db(languageScope), "OfferLanguages", "LanguageId"), cancellationToken);
        await using var locations = new Cursor<(Guid OfferId, IndexedLocation Location)>(Locations(Db(locationScope)), cancellationToken);
        await using var translations = new Cursor<(Guid OfferId, IndexedTranslation Translation)>(TranslationSource.StreamAsync(Db(translationScope)), cancellationToken);

        await foreach (var offer in offers.WithCancellation(cancellationToken))
        {
            await foreach (var link in terms.TakeFor(offer.Id, l => l.OfferId))
                offer.TermIds.Add(link.TermId);
            await foreach (var link in languages.TakeFor(offer.Id, l => l.OfferId))
                offer.LanguageIds.Add(link.LanguageId);
            await foreach (var link in locations.TakeFor(offer.Id, l => l.OfferId))
                offer.Locations.Add(link.Location);
            await foreach (var link in translations.TakeFor(offer.Id, l => l.OfferId))
                offer.Translations.Add(link.Translation);
            yield return offer;
        }
    }

    private static IAsyncEnumerable<(Guid, Guid)> Links(LotseDbContext db, string table, string otherKey) =>
        db.Set<Dictionary<string, object>>(table).AsNoTracking()
            .OrderBy(j => EF.Property<Guid>(j, "OfferId"))
            .Select(j => new ValueTuple<Guid, Guid>(EF.Property<Guid>(j, "OfferId"), EF.Property<Guid>(j, otherKey)))
            .AsAsyncEnumerable();

    private static IAsyncEnumerable<(Guid, IndexedLocation)> Locations(LotseDbContext db) =>
        (from link in db.Set<Dictionary<string, object>>("OfferLocations").AsNoTracking()
         join location in db.Locations.AsNoTracking() on EF.Property<Guid>(link, "LocationId") equals location.Id
         orderby EF.Property<Guid>(link, "OfferId")
         select new ValueTuple<Guid, IndexedLocation>(EF.Property<Guid>(link, "OfferId"),
             new IndexedLocation(location.Street, location.City, location.MunicipalityId, location.Latitude, location.Longitude)))
        .AsAsyncEnumerable();

    /// <summary>
    /// Compares ids the way the databases order them: by their text form (SQLite stores a Guid as
    /// text, PostgreSQL orders uuid bytewise, which is the same order).
    /// </summary>
    public static int Compare(Guid a, Guid b)
    {
        Span<char> x = stackalloc char[36];
        Span<char> y = stackalloc char[36];
        a.TryFormat(x, out _);
        b.TryFormat(y, out _);
        return x.SequenceCompareTo(y);
    }

    /// <summary>A forward-only reader of rows ordered by offer id.</summary>
    private sealed class Cursor<T>(IAsyncEnumerable<T> rows, CancellationToken cancellationToken) : IAsyncDisposable
    {
        private readonly IAsyncEnumerator<T> _rows = rows.GetAsyncEnumerator(cancellationToken);
        private bool _started;
        private bool _hasRow;

        /// <summary>The rows of <paramref name="offerId"/>, skipping rows of offers before it (those not published).</summary>
        public async IAsyncEnumerable<T> TakeFor(Guid offerId, Func<T, Guid> key)
        {
            if (!_started)
            {
                _started = true;
                _hasRow = await _rows.MoveNextAsync();
            }
            while (_hasRow)
            {
                var order = Compare(key(_rows.Current), offerId);
                if (order > 0)
                    yield break;
                if (order == 0)
                    yield return _rows.Current;
                _hasRow = await _rows.MoveNextAsync();
            }
        }

        public ValueTask DisposeAsync() => _rows.DisposeAsync();
    }
}
