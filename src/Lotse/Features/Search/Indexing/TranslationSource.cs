using System.Runtime.CompilerServices;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Translations;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Search.Indexing;

/// <summary>
/// Reads the translations of published offers for the index, with the German texts their status depends
/// on, and keeps those the portal shows: a search in a language finds what that language's page displays.
/// </summary>
public static class TranslationSource
{
    private sealed record Row(Guid OfferId, string Culture, OfferTexts Translated, bool IsMachineTranslated, string SourceHash, OfferTexts German);

    /// <summary>The shown translations of these offers (at most a batch), by offer.</summary>
    public static async Task<Dictionary<Guid, List<IndexedTranslation>>> LoadAsync(LotseDbContext db, IReadOnlyCollection<Guid> offerIds, CancellationToken cancellationToken)
    {
        var rows = await Rows(db.OfferTranslations.Where(t => offerIds.Contains(t.OfferId))).ToListAsync(cancellationToken);
        return rows.Select(r => (r.OfferId, Translation: Shown(r))).Where(r => r.Translation is not null)
            .GroupBy(r => r.OfferId).ToDictionary(g => g.Key, g => g.Select(r => r.Translation!).ToList());
    }

    /// <summary>All translations of published offers ordered by offer id (for the streamed rebuild), shown ones only.</summary>
    public static async IAsyncEnumerable<(Guid OfferId, IndexedTranslation Translation)> StreamAsync(LotseDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = Rows(db.OfferTranslations.Where(t => t.Offer.Status == OfferStatus.Published).OrderBy(t => t.OfferId)).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (Shown(row) is { } translation)
                yield return (row.OfferId, translation);
        }
    }

    private static IQueryable<Row> Rows(IQueryable<OfferTranslation> translations) =>
        translations.AsNoTracking().Select(t => new Row(t.OfferId, t.Culture,
            new OfferTexts(t.Name, t.AlternateName, t.Description, t.FeesDescription, t.EligibilityDescription, t.ApplicationProcess),
            t.IsMachineTranslated, t.SourceHash,
            new OfferTexts(t.Offer.Name, t.Offer.AlternateName, t.Offer.Description, t.Offer.FeesDescription, t.Offer.EligibilityDescription, t.Offer.ApplicationProcess)));

    private static IndexedTranslation? Shown(Row row)
    {
        var status = TranslationStatusRule.Of(row.SourceHash, row.IsMachineTranslated, row.German.SourceHash());
        if (!TranslationStatusRule.IsShown(status))
            return null;
        return new IndexedTranslation(row.Culture, row.Translated.Name, row.Translated.AlternateName, row.Translated.Description, row.IsMachineTranslated);
    }
}
