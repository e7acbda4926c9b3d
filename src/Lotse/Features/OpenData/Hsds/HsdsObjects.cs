using System.Text.Json.Serialization;
using Lotse.Features.Editorial.History;

namespace Lotse.Features.OpenData.Hsds;

// HSDS 3.0 objects as Lotse exports them (Spec/schema/*.json): properties in the schema's order, named
// snake_case by HsdsJson.Options, null = absent. Metadata rows are the audit log's HsdsMetadataRecord. The flat fields are the CSV columns; the lists are the
// nesting of the JSON answers and are null in the flat tables.

public sealed record HsdsOrganization
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public required string Description { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
    /// <summary>Only in the API's organization answers (HSDS compiled organization).</summary>
    public IReadOnlyList<HsdsService>? Services { get; init; }
    public IReadOnlyList<HsdsMetadataRecord>? Metadata { get; init; }
}

public sealed record HsdsService
{
    public required string Id { get; init; }
    public required string OrganizationId { get; init; }
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public required string Status { get; init; }
    public string? ApplicationProcess { get; init; }
    public string? FeesDescription { get; init; }
    public string? EligibilityDescription { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public string? AssuredDate { get; init; }
    public string? LastModified { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
    public IReadOnlyList<HsdsSchedule>? Schedules { get; init; }
    public IReadOnlyList<HsdsServiceArea>? ServiceAreas { get; init; }
    public IReadOnlyList<HsdsServiceAtLocation>? ServiceAtLocations { get; init; }
    public IReadOnlyList<HsdsLanguage>? Languages { get; init; }
    public HsdsOrganization? Organization { get; init; }
    public IReadOnlyList<HsdsCostOption>? CostOptions { get; init; }
    public IReadOnlyList<HsdsContact>? Contacts { get; init; }
    public IReadOnlyList<HsdsAttribute>? Attributes { get; init; }
    public IReadOnlyList<HsdsMetadataRecord>? Metadata { get; init; }
}

public sealed record HsdsLocation
{
    public required string Id { get; init; }
    public required string LocationType { get; init; }
    public string? OrganizationId { get; init; }
    public string? Name { get; init; }
    public string? Transportation { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? ExternalIdentifier { get; init; }
    public string? ExternalIdentifierType { get; init; }
    public IReadOnlyList<HsdsAddress>? Addresses { get; init; }
    public IReadOnlyList<HsdsAccessibility>? Accessibility { get; init; }
    public IReadOnlyList<HsdsMetadataRecord>? Metadata { get; init; }
}

public sealed record HsdsAddress
{
    public required string Id { get; init; }
    public string? LocationId { get; init; }
    [JsonPropertyName("address_1")]
    public required string Address1 { get; init; }
    public required string City { get; init; }
    public string? Region { get; init; }
    public required string StateProvince { get; init; }
    public required string PostalCode { get; init; }
    public required string Country { get; init; }
    public required string AddressType { get; init; }
}

public sealed record HsdsAccessibility
{
    public required string Id { get; init; }
    public string? LocationId { get; init; }
    public string? Description { get; init; }
    public string? Details { get; init; }
}

public sealed record HsdsServiceAtLocation
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? LocationId { get; init; }
    /// <summary>Only in the API's service_at_location answers.</summary>
    public HsdsService? Service { get; init; }
    public HsdsLocation? Location { get; init; }
}

public sealed record HsdsContact
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Department { get; init; }
    public string? Email { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
}

public sealed record HsdsPhone
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? OrganizationId { get; init; }
    public string? ContactId { get; init; }
    public required string Number { get; init; }
}

public sealed record HsdsSchedule
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? ValidFrom { get; init; }
    public string? ValidTo { get; init; }
    public string? Freq { get; init; }
    public string? Byday { get; init; }
    public string? OpensAt { get; init; }
    public string? ClosesAt { get; init; }
    public string? Notes { get; init; }
}

public sealed record HsdsServiceArea
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Uri { get; init; }
}

public sealed record HsdsLanguage
{
    public required string Id { get; init; }
    public string? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Code { get; init; }
}

public sealed record HsdsCostOption
{
    public required string Id { get; init; }
    public required string ServiceId { get; init; }
    public string? Option { get; init; }
    public string? Currency { get; init; }
    public decimal? Amount { get; init; }
    public string? AmountDescription { get; init; }
}

public sealed record HsdsTaxonomy
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Uri { get; init; }
}

public sealed record HsdsTaxonomyTerm
{
    public required string Id { get; init; }
    public string? Code { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Taxonomy { get; init; }
    public HsdsTaxonomy? TaxonomyDetail { get; init; }
    public string? Language { get; init; }
    public string? TaxonomyId { get; init; }
    public string? TermUri { get; init; }
}

public sealed record HsdsAttribute
{
    public required string Id { get; init; }
    public required string LinkId { get; init; }
    public required string TaxonomyTermId { get; init; }
    public required string LinkEntity { get; init; }
    public HsdsTaxonomyTerm? TaxonomyTerm { get; init; }
}
