using Lotse.Bench.Corpus;
using Lotse.Features.Portal;
using Lotse.Features.Search;

namespace Lotse.Bench.Soak;

/// <summary>
/// The public pages a visitor asks for: half result pages (free text, facets, both, typos, no hits,
/// sorted by distance), half offer pages; a fifth of them in another portal language than German.
/// Drawn from a seeded random source, so a rerun asks the same pages in the same order.
/// </summary>
internal sealed class ReadMix(SoakData data, int seed)
{
    private static readonly string[] Words =
    [
        "Sprachkurs", "Beratung", "Deutsch", "Hausaufgabenhilfe", "Frauen", "Kinder", "Integrationskurs",
        "Migrationsberatung", "Jugend", "Arbeit", "Bewerbung", "Familie", "Elterncafé", "Sport", "Beratnug",
        "Sprachkurs Frauen", "Beratung Troisdorf", "Xylophonunterricht",
    ];

    private readonly Random _random = new(seed);
    private readonly string[] _otherCultures = PortalCultures.All.Skip(1).Select(c => c.Segment).ToArray();

    public string Next()
    {
        lock (_random)
            return _random.NextDouble() < 0.5 ? SearchPath() : OfferPath();
    }

    private string Culture() => _random.NextDouble() < 0.8 ? "de" : Pick(_otherCultures);

    private string OfferPath()
    {
        var path = $"/{Culture()}/angebote/{Pick(data.PublishedOffers)}";
        return _random.NextDouble() < 0.05 ? path + "/" + OfferModel.PrintSegment : path;
    }

    private string SearchPath()
    {
        var parameters = new List<string>();
        var shape = _random.NextDouble();
        if (shape < 0.75)
            parameters.Add("q=" + Uri.EscapeDataString(Pick(Words)));
        if (shape >= 0.4)
        {
            var facets = _random.Next(1, 3);
            for (var i = 0; i < facets; i++)
                parameters.Add(Facet());
        }
        if (_random.NextDouble() < 0.1)
            parameters.Add($"sort=distance&near={Pick(data.Codes.Municipalities).Code}");
        return $"/{Culture()}/suche" + (parameters.Count == 0 ? "" : "?" + string.Join('&', parameters));
    }

    private string Facet()
    {
        var facet = Pick(FacetNames.All);
        var code = facet switch
        {
            FacetNames.Municipality => Pick(data.Codes.Municipalities).Code,
            FacetNames.Language => Pick(data.Codes.Languages).Code,
            _ => Terms(facet),
        };
        return $"{facet}={Uri.EscapeDataString(code)}";
    }

    private string Terms(string facet)
    {
        var terms = data.Codes.Taxonomy(facet).ToList();
        return terms.Count == 0 ? "unbekannt" : Pick(terms).Code;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
