using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using Lotse.Features.Search;
using Microsoft.AspNetCore.Mvc;

namespace Lotse.Features.OpenData.Hsds;

/// <summary>
/// The query parameters of the HSDS API's lists, bound as text and checked here, so that every wrong
/// value gets a German message per parameter (400) instead of the framework's own answer.
/// </summary>
public sealed partial class HsdsQuery
{
    public const int DefaultPerPage = 20;
    public const int MaxPerPage = SearchQuery.MaxPageSize;
    public const int MaxProximityMeters = 100_000;

    [FromQuery(Name = "search"), Description("Volltextsuche; bei Angeboten dieselbe Suche wie im Portal.")]
    public string? Search { get; set; }

    [FromQuery(Name = "page"), Description("Seite, ab 1 (Vorgabe 1).")]
    public string? Page { get; set; }

    [FromQuery(Name = "per_page"), Description("Einträge je Seite, 1 bis 100 (Vorgabe 20).")]
    public string? PerPage { get; set; }

    [FromQuery(Name = "format"), Description("Nur json.")]
    public string? Format { get; set; }

    [FromQuery(Name = "taxonomy_term_id"), Description("Nur Angebote mit diesem Begriff (UUID).")]
    public string? TaxonomyTermId { get; set; }

    [FromQuery(Name = "taxonomy_id"), Description("Nur Angebote (bzw. Begriffe) dieser Taxonomie (UUID).")]
    public string? TaxonomyId { get; set; }

    [FromQuery(Name = "organization_id"), Description("Nur Angebote dieser Organisation (UUID).")]
    public string? OrganizationId { get; set; }

    [FromQuery(Name = "modified_after"), Description("Nur Angebote, die an oder nach diesem Zeitpunkt geändert wurden (ISO 8601, z. B. 2026-01-31 oder 2026-01-31T12:00:00Z).")]
    public string? ModifiedAfter { get; set; }

    [FromQuery(Name = "full"), Description("true: vollständig verschachtelte Objekte.")]
    public string? Full { get; set; }

    [FromQuery(Name = "full_service"), Description("true: Organisationen mit vollständig verschachtelten Angeboten.")]
    public string? FullService { get; set; }

    [FromQuery(Name = "top_only"), Description("true: nur Begriffe ohne übergeordneten Begriff.")]
    public string? TopOnly { get; set; }

    [FromQuery(Name = "parent_id"), Description("Nur Unterbegriffe dieses Begriffs (UUID).")]
    public string? ParentId { get; set; }

    [FromQuery(Name = "postcode"), Description("Postleitzahl (5 Ziffern): Orte mit dieser Postleitzahl, mit proximity der Mittelpunkt der Umkreissuche.")]
    public string? Postcode { get; set; }

    [FromQuery(Name = "proximity"), Description("Umkreis in Metern um den Mittelpunkt der Orte mit der Postleitzahl postcode (1 bis 100000).")]
    public string? Proximity { get; set; }

    /// <summary>The checked values; <see cref="Parsed.Errors"/> is empty when all are valid.</summary>
    public sealed record Parsed(
        string? Search, int Page, int PerPage, Guid? TaxonomyTermId, Guid? TaxonomyId, Guid? OrganizationId, DateTimeOffset? ModifiedAfter,
        bool Full, bool FullService, bool TopOnly, Guid? ParentId, string? Postcode, int? Proximity, Dictionary<string, string[]> Errors);

    public Parsed Parse()
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string name, string message) => errors[name] = [message];

        var search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        if (search is { Length: > SearchQuery.MaxTextLength })
            Error("search", $"Der Suchtext darf höchstens {SearchQuery.MaxTextLength} Zeichen lang sein.");
        var page = Number("page", Page, 1, int.MaxValue, 1, "Die Seite muss eine ganze Zahl ab 1 sein.");
        var perPage = Number("per_page", PerPage, 1, MaxPerPage, DefaultPerPage, $"per_page muss eine ganze Zahl von 1 bis {MaxPerPage} sein.");
        if (!string.IsNullOrEmpty(Format) && !string.Equals(Format, "json", StringComparison.OrdinalIgnoreCase))
            Error("format", "Als Format gibt es nur json.");
        DateTimeOffset? modifiedAfter = null;
        if (!string.IsNullOrEmpty(ModifiedAfter))
        {
            if (DateTimeOffset.TryParse(ModifiedAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) && LooksIso(ModifiedAfter))
                modifiedAfter = parsed;
            else
                Error("modified_after", "modified_after muss ein Datum oder Zeitpunkt nach ISO 8601 sein, z. B. 2026-01-31 oder 2026-01-31T12:00:00Z.");
        }
        string? postcode = null;
        if (!string.IsNullOrEmpty(Postcode))
        {
            if (PostcodePattern().IsMatch(Postcode))
                postcode = Postcode;
            else
                Error("postcode", "Die Postleitzahl muss aus fünf Ziffern bestehen.");
        }
        int? proximity = null;
        if (!string.IsNullOrEmpty(Proximity))
        {
            proximity = Number("proximity", Proximity, 1, MaxProximityMeters, 0, $"proximity muss eine ganze Zahl von 1 bis {MaxProximityMeters} (Meter) sein.");
            if (string.IsNullOrEmpty(Postcode))
                Error("proximity", "Für die Umkreissuche (proximity) fehlt die Postleitzahl (postcode).");
        }

        return new Parsed(search, page, perPage,
            Id("taxonomy_term_id", TaxonomyTermId), Id("taxonomy_id", TaxonomyId), Id("organization_id", OrganizationId), modifiedAfter,
            Flag("full", Full), Flag("full_service", FullService), Flag("top_only", TopOnly), Id("parent_id", ParentId),
            postcode, proximity, errors);

        int Number(string name, string? text, int min, int max, int fallback, string message)
        {
            if (string.IsNullOrEmpty(text))
                return fallback;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
                return value;
            Error(name, message);
            return fallback == 0 ? min : fallback;
        }

        Guid? Id(string name, string? text)
        {
            if (string.IsNullOrEmpty(text))
                return null;
            if (Guid.TryParseExact(text, "D", out var id))
                return id;
            Error(name, $"{name} muss eine UUID sein, z. B. 3fa85f64-5717-4562-b3fc-2c963f66afa6.");
            return null;
        }

        bool Flag(string name, string? text)
        {
            if (string.IsNullOrEmpty(text))
                return false;
            if (bool.TryParse(text, out var value))
                return value;
            Error(name, $"{name} muss true oder false sein.");
            return false;
        }
    }

    private static bool LooksIso(string text) => IsoPattern().IsMatch(text);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex PostcodePattern();
}
