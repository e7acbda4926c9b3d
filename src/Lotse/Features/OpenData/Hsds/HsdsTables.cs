using Lotse.Features.Editorial.History;

namespace Lotse.Features.OpenData.Hsds;

/// <summary>
/// The published directory as flat HSDS tables, each ordered by id (ordinal), so that the same data
/// always gives the same files. Built by <see cref="HsdsDirectoryReader"/>; the CSV export writes it as it is,
/// the JSON export and the API nest it (<see cref="HsdsNesting"/>).
/// </summary>
public sealed record HsdsTables(
    IReadOnlyList<HsdsOrganization> Organizations,
    IReadOnlyList<HsdsService> Services,
    IReadOnlyList<HsdsLocation> Locations,
    IReadOnlyList<HsdsAddress> Addresses,
    IReadOnlyList<HsdsAccessibility> Accessibility,
    IReadOnlyList<HsdsServiceAtLocation> ServiceAtLocations,
    IReadOnlyList<HsdsContact> Contacts,
    IReadOnlyList<HsdsPhone> Phones,
    IReadOnlyList<HsdsSchedule> Schedules,
    IReadOnlyList<HsdsServiceArea> ServiceAreas,
    IReadOnlyList<HsdsLanguage> Languages,
    IReadOnlyList<HsdsCostOption> CostOptions,
    IReadOnlyList<HsdsTaxonomy> Taxonomies,
    IReadOnlyList<HsdsTaxonomyTerm> TaxonomyTerms,
    IReadOnlyList<HsdsAttribute> Attributes,
    IReadOnlyList<HsdsMetadataRecord> Metadata)
{
    /// <summary>The rows of a datapackage resource (by its name in Spec/datapackage.json); tables Lotse has no data for are empty.</summary>
    public IReadOnlyList<object> RowsOf(string resource) => resource switch
    {
        "organization" => Organizations,
        "service" => Services,
        "location" => Locations,
        "address" => Addresses,
        "accessibility" => Accessibility,
        "service_at_location" => ServiceAtLocations,
        "contact" => Contacts,
        "phone" => Phones,
        "schedule" => Schedules,
        "service_area" => ServiceAreas,
        "language" => Languages,
        "cost_option" => CostOptions,
        "taxonomy" => Taxonomies,
        "taxonomy_term" => TaxonomyTerms,
        "attribute" => Attributes,
        "metadata" => Metadata,
        _ => [],
    };
}
