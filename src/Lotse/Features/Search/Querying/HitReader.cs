using Lotse.Features.Search.Facets;
using Lotse.Features.Search.Indexing;
using Lucene.Net.Documents;

namespace Lotse.Features.Search.Querying;

/// <summary>Reads a <see cref="SearchHit"/> from the stored fields of an index document.</summary>
public static class HitReader
{
    public static SearchHit Read(Document doc, Func<string, string> snippet, MunicipalityEntry? near)
    {
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
            snippet(doc.Get(IndexFields.Description) ?? ""),
            distance,
            doc.GetField(IndexFields.IsExample)?.GetInt32Value() == 1);
    }
}
