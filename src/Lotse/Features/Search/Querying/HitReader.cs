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
    private static readonly ISet<string>[] FieldSets =
    [
        Always.ToHashSet(),
        Always.Append(IndexFields.Description).ToHashSet(),
        Always.Append(IndexFields.Latitude).Append(IndexFields.Longitude).ToHashSet(),
        Always.Append(IndexFields.Description).Append(IndexFields.Latitude).Append(IndexFields.Longitude).ToHashSet(),
    ];

    /// <param name="snippet">Null when the search wants no snippets.</param>
    public static SearchHit Read(IndexSearcher searcher, int docId, Func<string, string>? snippet, MunicipalityEntry? near)
    {
        var doc = searcher.Doc(docId, FieldSets[(snippet is null ? 0 : 1) + (near is null ? 0 : 2)]);
        var verified = doc.GetField(IndexFields.LastVerified)?.GetInt32Value() ?? 0;
        double? distance = null;
        if (near is not null)
        {
            var lat = doc.GetField(IndexFields.Latitude)?.GetDoubleValue() ?? double.NaN;
            var lon = doc.GetField(IndexFields.Longitude)?.GetDoubleValue() ?? double.NaN;
            var km = GeoDistance.Kilometres(near.Latitude, near.Longitude, lat, lon);
            distance = double.IsFinite(km) ? Math.Round(km, 1) : null;
        }
        return new SearchHit(
            Guid.Parse(doc.Get(IndexFields.Id)),
            doc.Get(IndexFields.Name) ?? "",
            doc.Get(IndexFields.Organization) ?? "",
            doc.Get(FacetIndex.Fields[FacetIndex.Municipality]),
            doc.Get(IndexFields.MunicipalityName),
            doc.GetValues(FacetIndex.Fields[FacetIndex.Topic]),
            doc.GetValues(FacetIndex.Fields[FacetIndex.Type]),
            doc.GetValues(FacetIndex.Fields[FacetIndex.Language]),
            doc.GetValues(FacetIndex.Fields[FacetIndex.Audience]),
            verified > 0 ? DateOnly.FromDayNumber(verified - 1) : null,
            snippet?.Invoke(doc.Get(IndexFields.Description) ?? ""),
            distance,
            doc.GetField(IndexFields.IsExample)?.GetInt32Value() == 1);
    }
}
