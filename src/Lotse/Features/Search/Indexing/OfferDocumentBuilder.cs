using System.Globalization;
using System.Text;
using Lotse.Features.Search.Facets;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Markdig;

namespace Lotse.Features.Search.Indexing;

/// <summary>
/// Turns an <see cref="IndexedOffer"/> into its index document. Reuses its field instances from
/// one offer to the next, as bulk indexing allows: one builder per indexing thread, and a
/// document must be handed to the writer before the next one is built.
/// </summary>
public sealed class OfferDocumentBuilder
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().Build();

    private readonly StringField _id = new(IndexFields.Id, "", Field.Store.YES);
    private readonly SortedDocValuesField _idSort = new(IndexFields.IdSort, new BytesRef());
    private readonly TextField _name = new(IndexFields.Name, "", Field.Store.YES);
    private readonly SortedDocValuesField _nameSort = new(IndexFields.NameSort, new BytesRef());
    private readonly TextField _text = new(IndexFields.Text, "", Field.Store.NO);
    private readonly StoredField _description = new(IndexFields.Description, "");
    private readonly StoredField _organization = new(IndexFields.Organization, "");
    private readonly StoredField _municipalityName = new(IndexFields.MunicipalityName, "");
    private readonly NumericDocValuesField _lastVerified = new(IndexFields.LastVerified, 0L);
    private readonly StoredField _lastVerifiedStored = new(IndexFields.LastVerified, 0);
    private readonly StoredField _isExample = new(IndexFields.IsExample, 0);
    private readonly NumericDocValuesField _latitude = new(IndexFields.Latitude, 0L);
    private readonly NumericDocValuesField _longitude = new(IndexFields.Longitude, 0L);
    private readonly StoredField _latitudeStored = new(IndexFields.Latitude, 0.0);
    private readonly StoredField _longitudeStored = new(IndexFields.Longitude, 0.0);
    private readonly StringBuilder _searchText = new();
    private readonly List<LanguageEntry> _languages = [];
    private readonly List<string>[] _codes = Enumerable.Range(0, FacetIndex.Count).Select(_ => new List<string>()).ToArray();

    public Document Build(IndexedOffer offer, CatalogSnapshot catalog)
    {
        var doc = new Document();
        var id = offer.Id.ToString("D");
        _id.SetStringValue(id);
        _idSort.SetBytesValue(new BytesRef(id));
        _name.SetStringValue(offer.Name);
        _nameSort.SetBytesValue(new BytesRef(SortKey(offer.Name)));
        var description = PlainText(offer.Description);
        _description.SetStringValue(description);
        _organization.SetStringValue(offer.OrganizationName);
        doc.Add(_id);
        doc.Add(_idSort);
        doc.Add(_name);
        doc.Add(_nameSort);
        doc.Add(_description);
        doc.Add(_organization);

        _searchText.Clear();
        Append(offer.Name).Append(offer.AlternateName).Append(description).Append(offer.OrganizationName);
        AddTranslations(doc, offer);

        foreach (var codes in _codes)
            codes.Clear();
        foreach (var termId in offer.TermIds)
        {
            if (!catalog.Terms.TryGetValue(termId, out var term))
                continue;
            var facet = FacetIndex.Of(term.Taxonomy);
            if (facet < 0)
                continue;
            _codes[facet].Add(term.Code);
            Append(term.Label);
        }
        _languages.Clear();
        foreach (var languageId in offer.LanguageIds)
        {
            if (catalog.Languages.TryGetValue(languageId, out var language))
                _languages.Add(language);
        }
        // Languages in their list order (German first), not alphabetically as in the facet.
        foreach (var language in _languages.OrderBy(l => l.SortOrder))
        {
            _codes[FacetIndex.Language].Add(language.Code);
            Append(language.Name);
        }

        MunicipalityEntry? municipality = null;
        if (offer.MunicipalityId is { } municipalityId && catalog.Municipalities.TryGetValue(municipalityId, out municipality))
        {
            _codes[FacetIndex.Municipality].Add(municipality.Code);
            _municipalityName.SetStringValue(municipality.Name);
            doc.Add(_municipalityName);
            Append(municipality.Name);
        }
        foreach (var location in offer.Locations)
            Append(location.City).Append(location.Street);

        for (var f = 0; f < FacetIndex.Count; f++)
        {
            var field = FacetIndex.Fields[f];
            var codes = f == FacetIndex.Language ? _codes[f].Distinct() : _codes[f].Distinct().OrderBy(catalog.Facets[f].OrdinalOf);
            foreach (var code in codes)
            {
                // Doc-values fields are created per value: their number varies per offer.
                doc.Add(new SortedSetDocValuesField(field, new BytesRef(code)));
                doc.Add(new StoredField(field, code));
            }
        }

        _text.SetStringValue(_searchText.ToString());
        doc.Add(_text);

        var verified = offer.LastVerified is { } day ? day.DayNumber + 1L : 0L;
        _lastVerified.SetInt64Value(verified);
        _lastVerifiedStored.SetInt32Value((int)verified);
        doc.Add(_lastVerified);
        doc.Add(_lastVerifiedStored);
        _isExample.SetInt32Value(offer.IsExample ? 1 : 0);
        doc.Add(_isExample);

        var (latitude, longitude) = Position(offer, municipality, catalog);
        _latitude.SetInt64Value(BitConverter.DoubleToInt64Bits(latitude));
        _longitude.SetInt64Value(BitConverter.DoubleToInt64Bits(longitude));
        _latitudeStored.SetDoubleValue(latitude);
        _longitudeStored.SetDoubleValue(longitude);
        doc.Add(_latitude);
        doc.Add(_longitude);
        doc.Add(_latitudeStored);
        doc.Add(_longitudeStored);
        return doc;
    }

    // A translation's words are found in every language (the German analyser treats all alike, like a
    // German query for a foreign name); its stored name and description are what a hit shows on that language's page.
    // Fields created per translation: few offers have them, and their number varies.
    private void AddTranslations(Document doc, IndexedOffer offer)
    {
        foreach (var translation in offer.Translations)
        {
            var description = PlainText(translation.Description);
            doc.Add(new TextField(IndexFields.Name, translation.Name, Field.Store.NO));
            doc.Add(new StoredField(IndexFields.TranslatedName(translation.Culture), translation.Name));
            doc.Add(new StoredField(IndexFields.TranslatedDescription(translation.Culture), description));
            if (translation.IsMachineTranslated)
                doc.Add(new StoredField(IndexFields.MachineTranslated(translation.Culture), 1));
            Append(translation.Name).Append(translation.AlternateName).Append(description);
        }
    }

    /// <summary>Byte-comparable German collation key, so the index sorts names as a German reader expects.</summary>
    public static byte[] SortKey(string name) =>
        CatalogSnapshot.German.GetSortKey(name, CompareOptions.IgnoreCase).KeyData;

    public static string PlainText(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return "";
        return Markdig.Markdown.ToPlainText(markdown, Markdown).Trim();
    }

    // A place's own coordinates first; else the centre of the offer's municipality, of a place's
    // municipality, or of the provider's municipality; NaN when none is known.
    private static (double Latitude, double Longitude) Position(IndexedOffer offer, MunicipalityEntry? municipality, CatalogSnapshot catalog)
    {
        foreach (var location in offer.Locations)
        {
            if (location.Latitude is { } lat && location.Longitude is { } lon && double.IsFinite(lat) && double.IsFinite(lon))
                return (lat, lon);
        }
        if (municipality is not null)
            return (municipality.Latitude, municipality.Longitude);
        foreach (var id in offer.Locations.Select(l => l.MunicipalityId).Append(offer.OrganizationMunicipalityId))
        {
            if (id is { } known && catalog.Municipalities.TryGetValue(known, out var place))
                return (place.Latitude, place.Longitude);
        }
        return (double.NaN, double.NaN);
    }

    private OfferDocumentBuilder Append(string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
            _searchText.Append(text).Append('\n');
        return this;
    }
}
