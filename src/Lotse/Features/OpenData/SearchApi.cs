using System.Runtime.CompilerServices;
using System.Text.Json;
using Lotse.Features.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Lotse.Features.OpenData;

/// <summary><c>GET /api/v1/search</c>: the portal search as JSON, with the same parameters as the result page.</summary>
public static class SearchApi
{
    public sealed record MunicipalityRef(string Code, string Name);

    public sealed record SearchItem(
        Guid Id,
        string Name,
        string Organization,
        MunicipalityRef? Municipality,
        IReadOnlyList<string> Topics,
        IReadOnlyList<string> Types,
        IReadOnlyList<string> Languages,
        IReadOnlyList<string> Audiences,
        DateOnly? LastVerified,
        string Url,
        bool IsExample);

    public sealed record FacetItem(string Code, string Label, int Count);

    public sealed record SearchResponse(
        int Total,
        int Page,
        int PageSize,
        IReadOnlyList<SearchItem> Items,
        IReadOnlyDictionary<string, IReadOnlyList<FacetItem>> Facets);

    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", SearchAsync)
            .Produces<SearchResponse>(StatusCodes.Status200OK, "application/json")
            .WithName("Search")
            .WithSummary("Angebote suchen")
            .WithDescription("Freitext q und Filter topic, type, language, audience, municipality (wiederholbar; Werte sind die Codes der Facetten, Kommunen mit ihrem amtlichen Gemeindeschlüssel). Mehrere Werte einer Facette werden mit ODER verknüpft, Facetten untereinander mit UND. Die Zahl je Facettenwert berücksichtigt alle anderen Filter, nicht aber den Filter der eigenen Facette.");
        return api;
    }

    // The search hands out the same answer instance until the index or catalog changes (its
    // answer cache): the JSON of an answer is made once and lives as long as the answer.
    private static readonly ConditionalWeakTable<SearchResult, byte[]> Serialized = new();

    internal static async Task<Results<JsonBody, ValidationProblem>> SearchAsync(
        HttpRequest request, [Microsoft.AspNetCore.Mvc.FromServices] IOfferSearch search,
        [Microsoft.AspNetCore.Mvc.FromServices] IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var parsed = SearchQueryParser.Parse(request.Query);
        if (!parsed.IsValid)
            return TypedResults.ValidationProblem(parsed.Errors, title: "Ungültige Suchanfrage");

        // The API's items carry no snippet: don't make them.
        var result = await search.SearchAsync(parsed.Query with { IncludeSnippets = false }, cancellationToken);
        return new JsonBody(Serialized.GetValue(result, r => JsonSerializer.SerializeToUtf8Bytes(Response(r), json.Value.SerializerOptions)));
    }

    private static SearchResponse Response(SearchResult result)
    {
        var items = result.Items.Select(hit => new SearchItem(
            hit.Id,
            hit.Name,
            hit.OrganizationName,
            hit.MunicipalityCode is null ? null : new MunicipalityRef(hit.MunicipalityCode, hit.MunicipalityName ?? hit.MunicipalityCode),
            hit.Topics,
            hit.Types,
            hit.Languages,
            hit.Audiences,
            hit.LastVerified,
            PortalLinks.Offer(hit.Id),
            hit.IsExample)).ToList();
        var facets = FacetNames.All.ToDictionary(
            name => name,
            name => (IReadOnlyList<FacetItem>)(result.Facets.TryGetValue(name, out var values)
                ? values.Select(v => new FacetItem(v.Code, v.Label, v.Count)).ToList()
                : []));
        return new SearchResponse(result.Total, result.Page, result.PageSize, items, facets);
    }

    /// <summary>A JSON document already serialised (200, application/json).</summary>
    public sealed class JsonBody(byte[] body) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            httpContext.Response.ContentLength = body.Length;
            return httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
        }
    }
}
