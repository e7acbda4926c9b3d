using Lotse.Features.Search;

namespace Lotse.Bench.Queries;

/// <summary>One query of the mix, as the app's contract sees it and as a client sends it.</summary>
internal sealed record BenchQuery(string Label, string Kind, SearchQuery Query, string QueryString)
{
    public string Path => "/api/v1/search" + (QueryString.Length == 0 ? "" : "?" + QueryString);
}

/// <summary>
/// The fixed query mix of issue 3: text only, facets only, text plus two facets, a typo and a query
/// without hits. Every measurement (in-process, HTTP, PostgreSQL) cycles through it in this order.
/// </summary>
internal static class QueryMix
{
    public static readonly IReadOnlyList<BenchQuery> All =
    [
        Make("Sprachkurs", "text", "Sprachkurs"),
        Make("Beratung Frauen", "text", "Beratung Frauen"),
        Make("topic=sprache", "facets", null, (FacetNames.Topic, "sprache")),
        Make("type=beratung & municipality=Troisdorf", "facets", null, (FacetNames.Type, "beratung"), (FacetNames.Municipality, "05382068")),
        Make("Hausaufgabenhilfe + topic=bildung + audience=kinder", "text+facets", "Hausaufgabenhilfe",
            (FacetNames.Topic, "bildung"), (FacetNames.Audience, "kinder")),
        Make("Beratnug (typo)", "typo", "Beratnug"),
        Make("Xylophonunterricht (no hit)", "no hit", "Xylophonunterricht"),
    ];

    private static BenchQuery Make(string label, string kind, string? text, params (string Facet, string Code)[] filters)
    {
        var query = new SearchQuery
        {
            Text = text,
            Filters = filters.GroupBy(f => f.Facet).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(f => f.Code).ToList()),
        };
        var parts = new List<string>();
        if (text is not null)
            parts.Add("q=" + Uri.EscapeDataString(text));
        parts.AddRange(filters.Select(f => $"{f.Facet}={Uri.EscapeDataString(f.Code)}"));
        return new BenchQuery(label, kind, query, string.Join('&', parts));
    }
}
