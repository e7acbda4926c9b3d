using System.Globalization;
using Lotse.Features.Search;
using Lotse.Features.Search.Querying;
using Microsoft.AspNetCore.Mvc;

namespace Lotse.Features.OpenData.Hsds;

/// <summary>
/// <c>/api/hsds</c>: the public read API after the HSDS 3.0 API (Spec/schema/openapi.json), over the
/// same published directory as the export. Lists answer with the HSDS page envelope; ids are those of
/// the export (<see cref="HsdsIds"/>). Bad parameters: 400 with a German message per parameter; unknown ids: 404.
/// </summary>
public static class HsdsApi
{
    public const string HsdsVersion = "3.0";
    private const string Tag = "HSDS 3.0";

    public static RouteGroupBuilder MapHsdsApi(this RouteGroupBuilder api)
    {
        var hsds = api.MapGroup("/hsds").WithTags(Tag);
        hsds.MapGet("/", Info).WithName("HsdsInfo").WithSummary("Angaben zur HSDS-Schnittstelle");
        hsds.MapGet("/services", ServicesAsync).WithName("HsdsServices").WithSummary("Angebote (HSDS services), seitenweise")
            .Produces<HsdsPage<HsdsService>>().ProducesValidationProblem();
        hsds.MapGet("/services/{id}", ServiceAsync).WithName("HsdsService").WithSummary("Ein Angebot, vollständig verschachtelt")
            .Produces<HsdsService>().ProducesProblem(StatusCodes.Status404NotFound);
        hsds.MapGet("/organizations", OrganizationsAsync).WithName("HsdsOrganizations").WithSummary("Organisationen, seitenweise")
            .Produces<HsdsPage<HsdsOrganization>>().ProducesValidationProblem();
        hsds.MapGet("/organizations/{id}", OrganizationAsync).WithName("HsdsOrganization").WithSummary("Eine Organisation mit ihren Angeboten")
            .Produces<HsdsOrganization>().ProducesProblem(StatusCodes.Status404NotFound);
        hsds.MapGet("/taxonomies", TaxonomiesAsync).WithName("HsdsTaxonomies").WithSummary("Taxonomien (Thema, Art des Angebotes, Zielgruppe)")
            .Produces<HsdsPage<HsdsTaxonomy>>().ProducesValidationProblem();
        hsds.MapGet("/taxonomies/{id}", TaxonomyAsync).WithName("HsdsTaxonomy").WithSummary("Eine Taxonomie")
            .Produces<HsdsTaxonomy>().ProducesProblem(StatusCodes.Status404NotFound);
        hsds.MapGet("/taxonomy_terms", TermsAsync).WithName("HsdsTaxonomyTerms").WithSummary("Begriffe der Taxonomien, seitenweise")
            .Produces<HsdsPage<HsdsTaxonomyTerm>>().ProducesValidationProblem();
        hsds.MapGet("/taxonomy_terms/{id}", TermAsync).WithName("HsdsTaxonomyTerm").WithSummary("Ein Begriff")
            .Produces<HsdsTaxonomyTerm>().ProducesProblem(StatusCodes.Status404NotFound);
        hsds.MapGet("/service_at_locations", ServiceAtLocationsAsync).WithName("HsdsServiceAtLocations")
            .WithSummary("Angebote an Orten, seitenweise; mit postcode und proximity als Umkreissuche")
            .WithDescription("proximity braucht Koordinaten: Mittelpunkt ist der Durchschnitt der Koordinaten aller Orte im Verzeichnis mit dieser Postleitzahl; Orte ohne Koordinaten fallen bei der Umkreissuche heraus.")
            .Produces<HsdsPage<HsdsServiceAtLocation>>().ProducesValidationProblem();
        hsds.MapGet("/service_at_locations/{id}", ServiceAtLocationAsync).WithName("HsdsServiceAtLocation")
            .WithSummary("Ein Angebot an einem Ort, mit Angebot und Ort")
            .Produces<HsdsServiceAtLocation>().ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public sealed record ApiInfo(string Version, string Profile, string OpenapiUrl);

    private static IResult Info(HttpRequest request) => Json(new ApiInfo(
        HsdsVersion, "https://docs.openreferral.org/en/v3.0/", $"{request.Scheme}://{request.Host}/openapi/v1.json"));

    private static async Task<IResult> ServicesAsync([AsParameters] HsdsQuery query, HsdsDirectorySource source, IOfferSearch search, CancellationToken cancellationToken)
    {
        var parsed = query.Parse();
        if (parsed.Errors.Count > 0)
            return Invalid(parsed);
        var directory = await source.GetAsync(cancellationToken);
        var services = await FilterServicesAsync(directory, parsed, search, cancellationToken);
        var page = HsdsPage<HsdsService>.Of(services, parsed.Page, parsed.PerPage);
        return Json(parsed.Full ? page with { Contents = page.Contents.Select(directory.Full).ToList() } : page);
    }

    private static async Task<IResult> ServiceAsync(string id, HsdsDirectorySource source, CancellationToken cancellationToken)
    {
        var directory = await source.GetAsync(cancellationToken);
        return directory.Service(id) is { } service ? Json(directory.Full(service)) : NotFound("Angebot");
    }

    private static async Task<IResult> OrganizationsAsync([AsParameters] HsdsQuery query, HsdsDirectorySource source, CancellationToken cancellationToken)
    {
        var parsed = query.Parse();
        if (parsed.Errors.Count > 0)
            return Invalid(parsed);
        var directory = await source.GetAsync(cancellationToken);
        var organizations = directory.Tables.Organizations
            .Where(o => Matches(parsed.Search, o.Name, o.AlternateName, o.Description))
            .ToList();
        var page = HsdsPage<HsdsOrganization>.Of(organizations, parsed.Page, parsed.PerPage);
        return Json(page with
        {
            Contents = page.Contents.Select(o => parsed.Full || parsed.FullService ? directory.Organization(o.Id, parsed.FullService)! : o).ToList(),
        });
    }

    private static async Task<IResult> OrganizationAsync(string id, [FromQuery(Name = "full_service")] string? fullService, HsdsDirectorySource source, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(fullService) && !bool.TryParse(fullService, out _))
            return Invalid(new Dictionary<string, string[]> { ["full_service"] = ["full_service muss true oder false sein."] });
        var directory = await source.GetAsync(cancellationToken);
        return directory.Organization(id, bool.TryParse(fullService, out var full) && full) is { } organization
            ? Json(organization)
            : NotFound("Organisation");
    }

    private static async Task<IResult> TaxonomiesAsync([AsParameters] HsdsQuery query, HsdsDirectorySource source, CancellationToken cancellationToken)
    {
        var parsed = query.Parse();
        if (parsed.Errors.Count > 0)
            return Invalid(parsed);
        var directory = await source.GetAsync(cancellationToken);
        var taxonomies = directory.Tables.Taxonomies.Where(t => Matches(parsed.Search, t.Name, t.Description)).ToList();
        return Json(HsdsPage<HsdsTaxonomy>.Of(taxonomies, parsed.Page, parsed.PerPage));
    }

    private static async Task<IResult> TaxonomyAsync(string id, HsdsDirectorySource source, CancellationToken cancellationToken)
    {
        var directory = await source.GetAsync(cancellationToken);
        return directory.Tables.Taxonomies.FirstOrDefault(t => t.Id == id) is { } taxonomy ? Json(taxonomy) : NotFound("Taxonomie");
    }

    private static async Task<IResult> TermsAsync([AsParameters] HsdsQuery query, HsdsDirectorySource source, CancellationToken cancellationToken)
    {
        var parsed = query.Parse();
        if (parsed.Errors.Count > 0)
            return Invalid(parsed);
        var directory = await source.GetAsync(cancellationToken);
        var taxonomyId = parsed.TaxonomyId?.ToString("D");
        // Lotse's vocabularies are flat: every term is a top term, none has children.
        var terms = parsed.ParentId is not null
            ? []
            : directory.Tables.TaxonomyTerms
                .Where(t => (taxonomyId is null || t.TaxonomyId == taxonomyId) && Matches(parsed.Search, t.Name, t.Code, t.Description))
                .Select(t => directory.Term(t.Id)!)
                .ToList();
        return Json(HsdsPage<HsdsTaxonomyTerm>.Of(terms, parsed.Page, parsed.PerPage));
    }

    private static async Task<IResult> TermAsync(string id, HsdsDirectorySource source, CancellationToken cancellationToken)
    {
        var directory = await source.GetAsync(cancellationToken);
        return directory.Term(id) is { } term ? Json(term) : NotFound("Begriff");
    }

    private static async Task<IResult> ServiceAtLocationsAsync([AsParameters] HsdsQuery query, HsdsDirectorySource source, IOfferSearch search, CancellationToken cancellationToken)
    {
        var parsed = query.Parse();
        if (parsed.Errors.Count > 0)
            return Invalid(parsed);
        var directory = await source.GetAsync(cancellationToken);
        var services = await FilterServicesAsync(directory, parsed, search, cancellationToken);
        var links = services.SelectMany(s => directory.LinksOf(s.Id)).ToList();

        if (parsed.Postcode is { } postcode)
        {
            var postcodeLocations = directory.Tables.Addresses.Where(a => a.PostalCode == postcode).Select(a => a.LocationId).ToHashSet();
            if (parsed.Proximity is { } meters)
            {
                var located = postcodeLocations.Select(id => directory.Location(id!)).Where(l => l?.Latitude is not null && l.Longitude is not null).ToList();
                if (located.Count == 0)
                    return Invalid(new Dictionary<string, string[]> { ["postcode"] = [$"Zur Postleitzahl {postcode} kennt das Verzeichnis keinen Ort mit Koordinaten; eine Umkreissuche ist so nicht möglich."] });
                var (latitude, longitude) = (located.Average(l => l!.Latitude!.Value), located.Average(l => l!.Longitude!.Value));
                links = links
                    .Select(link => (link, distance: directory.Location(link.LocationId!) is { Latitude: { } lat, Longitude: { } lon } ? 1000 * GeoDistance.Kilometres(latitude, longitude, lat, lon) : double.MaxValue))
                    .Where(x => x.distance <= meters)
                    .OrderBy(x => x.distance).ThenBy(x => x.link.Id, StringComparer.Ordinal)
                    .Select(x => x.link)
                    .ToList();
            }
            else
            {
                links = links.Where(l => postcodeLocations.Contains(l.LocationId)).ToList();
            }
        }

        var page = HsdsPage<HsdsServiceAtLocation>.Of(links, parsed.Page, parsed.PerPage);
        return Json(parsed.Full ? page with { Contents = page.Contents.Select(directory.FullServiceAtLocation).ToList() } : page);
    }

    private static async Task<IResult> ServiceAtLocationAsync(string id, HsdsDirectorySource source, CancellationToken cancellationToken)
    {
        var directory = await source.GetAsync(cancellationToken);
        return directory.ServiceAtLocationById(id) is { } link ? Json(directory.FullServiceAtLocation(link)) : NotFound("Angebot an diesem Ort");
    }

    /// <summary>The services the list parameters ask for: in the portal search's order with <c>search</c>, else in id order.</summary>
    private static async Task<List<HsdsService>> FilterServicesAsync(HsdsNesting directory, HsdsQuery.Parsed parsed, IOfferSearch search, CancellationToken cancellationToken)
    {
        IEnumerable<HsdsService> services = directory.Tables.Services;
        if (parsed.Search is { } text)
            services = (await SearchIdsAsync(search, text, cancellationToken)).Select(directory.Service).OfType<HsdsService>();
        if (parsed.TaxonomyTermId is { } termId)
            services = services.Where(s => directory.TermIdsOf(s.Id).Contains(termId.ToString("D")));
        if (parsed.TaxonomyId is { } taxonomyId)
            services = services.Where(s => directory.TermIdsOf(s.Id).Any(t => directory.Term(t)?.TaxonomyId == taxonomyId.ToString("D")));
        if (parsed.OrganizationId is { } organizationId)
            services = services.Where(s => s.OrganizationId == organizationId.ToString("D"));
        if (parsed.ModifiedAfter is { } after)
            services = services.Where(s => s.LastModified is not null
                && DateTimeOffset.Parse(s.LastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) >= after);
        return services.ToList();
    }

    /// <summary>All hits of the portal search for <paramref name="text"/>, best first.</summary>
    private static async Task<List<string>> SearchIdsAsync(IOfferSearch search, string text, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var result = await search.SearchAsync(new SearchQuery { Text = text, Page = page, PageSize = SearchQuery.MaxPageSize, IncludeSnippets = false }, cancellationToken);
            ids.AddRange(result.Items.Select(i => i.Id.ToString("D")));
            if (result.Items.Count < SearchQuery.MaxPageSize || ids.Count >= result.Total || ids.Count >= OfferSearch.MaxResultWindow)
                return ids;
        }
    }

    private static bool Matches(string? search, params string?[] fields) =>
        search is null || fields.Any(f => f is not null && f.Contains(search, StringComparison.CurrentCultureIgnoreCase));

    private static IResult Json<T>(T value) => TypedResults.Json(value, HsdsJson.Options);

    private static IResult Invalid(HsdsQuery.Parsed parsed) => Invalid(parsed.Errors);

    private static IResult Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Ungültige Anfrage", detail: string.Join(" ", errors.Values.SelectMany(v => v)));

    private static IResult NotFound(string what) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: $"{what} nicht gefunden", detail: "Zu dieser Kennung gibt es keinen veröffentlichten Eintrag.");
}
