using System.Collections.Concurrent;
using Lotse.Features.Portal;
using Lotse.Features.Search.Facets;
using Lotse.Features.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace Lotse.Features.Search.Querying;

/// <summary>Reads a <see cref="SearchHit"/> from the stored fields of an index document, loading only the fields it needs.</summary>
public static class HitReader
{
    private static readonly string[] Always =
    [
        IndexFields.Id, IndexFields.Name, IndexFields.Organization, IndexFields.MunicipalityName,
        IndexFields.LastVerified, IndexFields.IsExample, .. FacetIndex.Fields,
    ];

    // One field set per combination of (snippet wanted, distance wanted): the description is the largest field.
    private static readonly ISet<string>[] FieldSets = Sets(Always, IndexFields.Description);

    // The same per translated culture, with that culture's stored texts added (German pages need none of them).
    private static readonly ConcurrentDictionary<string, ISet<string>[]> TranslatedFieldSets = new(StringComparer.Ordinal);

    /// <param name="snippet">Null when the search wants no snippets.</param>
    /// <param name="culture">The reader's portal culture; its shown translation replaces name and snippet text.</param>
    public static SearchHit Read(IndexSearcher searcher, int docId, Func<string, string>? snippet, MunicipalityEntry? near, string? culture = null)
    {
        var translated = culture is not null && culture != PortalCultures.Default.Segment && PortalCultures.Find(culture) is not null;
        var sets = translated ? TranslatedFieldSets.GetOrAdd(culture!, TranslatedSets) : FieldSets;
        var doc = searcher.Doc(docId, sets[(snippet is null ? 0 : 1) + (near is null ? 0 : 2)]);
        var verified = doc.GetField(IndexFields.LastVerified)?.GetInt32Value() ?? 0;
        double? distance = null;
        if (near is not null)
        {
            var lat = doc.GetField(IndexFields.Latitude)?.GetDoubleValue() ?? double.NaN;
            var lon = doc.GetField(IndexFields.Longitude)?.GetDoubleValue() ?? double.NaN;
            var km = GeoDistance.Kilometres(near.Latitude, near.Longitude, lat, lon);
            distance = double.IsFinite(km) ? Math.Round(km, 1) : null;
        }
        var translatedName = translated ? doc.Get(IndexFields.TranslatedName(culture!)) : null;
        var hasTranslation = translatedName is not null;
        var description = hasTranslation ? doc.Get(IndexFields.TranslatedDescription(culture!)) : doc.Get(IndexFields.Description);
        return new SearchHit(
            Guid.Parse(doc.Get(IndexFields.Id)),
            translatedName ?? doc.Get(IndexFields.Name) ?? "",
            doc.Get(IndexFields.Organization) ?? "",
            doc.Get(FacetIndex.Fields[FacetIndex.Municipality]),
            doc.Get(IndexFields.MunicipalityName),
            doc.GetValues(FacetIndex.Fields[FacetIndex.Topic]),
            doc.GetValues(FacetIndex.Fields[FacetIndex.Type]),
            doc.GetValues(FacetIndex.Fields[FacetIndex.Language]),
            doc.GetValues(FacetIndex.Fields[FacetIndex.Audience]),
            verified > 0 ? DateOnly.FromDayNumber(verified - 1) : null,
            snippet?.Invoke(description ?? ""),
            distance,
            doc.GetField(IndexFields.IsExample)?.GetInt32Value() == 1,
            hasTranslation ? culture : null,
            hasTranslation && doc.GetField(IndexFields.MachineTranslated(culture!))?.GetInt32Value() == 1);
    }

    private static ISet<string>[] TranslatedSets(string culture) =>
        Sets([.. Always, IndexFields.TranslatedName(culture), IndexFields.MachineTranslated(culture)],
            IndexFields.Description, IndexFields.TranslatedDescription(culture));

    private static ISet<string>[] Sets(string[] always, params string[] descriptions) =>
    [
        always.ToHashSet(),
        always.Concat(descriptions).ToHashSet(),
        always.Append(IndexFields.Latitude).Append(IndexFields.Longitude).ToHashSet(),
        always.Concat(descriptions).Append(IndexFields.Latitude).Append(IndexFields.Longitude).ToHashSet(),
    ];
}
