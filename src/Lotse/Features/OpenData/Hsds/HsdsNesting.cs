using Lotse.Features.Editorial.History;

namespace Lotse.Features.OpenData.Hsds;

/// <summary>
/// Nests the flat tables into the HSDS JSON objects: a service with its organization, service_at_locations
/// (each with its location, addresses and accessibility), contacts with their phones, phones, schedules,
/// service areas, languages, cost options, attributes with their taxonomy term (and its taxonomy) and the
/// service's metadata. Lookups are built once per set of tables.
/// </summary>
public sealed class HsdsNesting
{
    private readonly HsdsTables _tables;
    private readonly Dictionary<string, HsdsOrganization> _organizations;
    private readonly Dictionary<string, HsdsLocation> _locations;
    private readonly Dictionary<string, HsdsTaxonomy> _taxonomies;
    private readonly Dictionary<string, HsdsTaxonomyTerm> _terms;
    private readonly ILookup<string?, HsdsPhone> _phonesByService, _phonesByOrganization, _phonesByContact;
    private readonly ILookup<string?, HsdsServiceAtLocation> _linksByService;
    private readonly ILookup<string?, HsdsContact> _contacts;
    private readonly ILookup<string?, HsdsSchedule> _schedules;
    private readonly ILookup<string?, HsdsServiceArea> _areas;
    private readonly ILookup<string?, HsdsLanguage> _languages;
    private readonly ILookup<string, HsdsCostOption> _costs;
    private readonly ILookup<string, HsdsAttribute> _attributes;
    private readonly ILookup<string, HsdsMetadataRecord> _metadata;
    private readonly Dictionary<string, HsdsService> _services;
    private readonly Dictionary<string, HsdsServiceAtLocation> _links;
    private readonly ILookup<string, HsdsService> _servicesByOrganization;

    public HsdsNesting(HsdsTables tables)
    {
        _tables = tables;
        _taxonomies = tables.Taxonomies.ToDictionary(t => t.Id);
        _terms = tables.TaxonomyTerms.ToDictionary(t => t.Id, t => t with
        {
            TaxonomyDetail = t.TaxonomyId is not null && _taxonomies.TryGetValue(t.TaxonomyId, out var taxonomy) ? taxonomy : null,
        });
        _metadata = tables.Metadata.ToLookup(m => m.ResourceId);
        _phonesByService = tables.Phones.ToLookup(p => p.ServiceId);
        _phonesByOrganization = tables.Phones.ToLookup(p => p.OrganizationId);
        _phonesByContact = tables.Phones.ToLookup(p => p.ContactId);
        _organizations = tables.Organizations.ToDictionary(o => o.Id, o => o with
        {
            Phones = _phonesByOrganization[o.Id].ToList(),
            Metadata = _metadata[o.Id].ToList(),
        });
        var addresses = tables.Addresses.ToLookup(a => a.LocationId);
        var accessibility = tables.Accessibility.ToLookup(a => a.LocationId);
        _locations = tables.Locations.ToDictionary(l => l.Id, l => l with
        {
            Addresses = addresses[l.Id].ToList(),
            Accessibility = accessibility[l.Id].ToList(),
            Metadata = _metadata[l.Id].ToList(),
        });
        _linksByService = tables.ServiceAtLocations.ToLookup(s => s.ServiceId);
        _contacts = tables.Contacts.ToLookup(c => c.ServiceId);
        _schedules = tables.Schedules.ToLookup(s => s.ServiceId);
        _areas = tables.ServiceAreas.ToLookup(a => a.ServiceId);
        _languages = tables.Languages.ToLookup(l => l.ServiceId);
        _costs = tables.CostOptions.ToLookup(c => c.ServiceId);
        _attributes = tables.Attributes.Where(a => a.LinkEntity == "service").ToLookup(a => a.LinkId);
        _services = tables.Services.ToDictionary(s => s.Id);
        _links = tables.ServiceAtLocations.ToDictionary(l => l.Id);
        _servicesByOrganization = tables.Services.ToLookup(s => s.OrganizationId);
    }

    public HsdsTables Tables => _tables;

    public HsdsOrganization? Organization(string id) => _organizations.GetValueOrDefault(id);

    /// <summary>The organization with its services (one-to-one fields, or fully nested).</summary>
    public HsdsOrganization? Organization(string id, bool fullServices) => Organization(id) is { } organization
        ? organization with { Services = _servicesByOrganization[id].Select(s => fullServices ? Full(s) : s).ToList() }
        : null;

    public HsdsService? Service(string id) => _services.GetValueOrDefault(id);

    public HsdsServiceAtLocation? ServiceAtLocationById(string id) => _links.GetValueOrDefault(id);

    public IEnumerable<HsdsServiceAtLocation> LinksOf(string serviceId) => _linksByService[serviceId];

    /// <summary>A service at a location with the service (without its other locations) and the location.</summary>
    public HsdsServiceAtLocation FullServiceAtLocation(HsdsServiceAtLocation link) => ServiceAtLocation(link) with
    {
        Service = link.ServiceId is not null && Service(link.ServiceId) is { } service ? Full(service) with { ServiceAtLocations = null } : null,
    };

    public HsdsLocation? Location(string id) => _locations.GetValueOrDefault(id);

    public HsdsTaxonomyTerm? Term(string id) => _terms.GetValueOrDefault(id);

    public HsdsServiceAtLocation ServiceAtLocation(HsdsServiceAtLocation link) =>
        link with { Location = link.LocationId is null ? null : Location(link.LocationId) };

    /// <summary>The service with everything that belongs to it.</summary>
    public HsdsService Full(HsdsService service) => service with
    {
        Phones = _phonesByService[service.Id].ToList(),
        Schedules = _schedules[service.Id].ToList(),
        ServiceAreas = _areas[service.Id].ToList(),
        ServiceAtLocations = _linksByService[service.Id].Select(ServiceAtLocation).ToList(),
        Languages = _languages[service.Id].ToList(),
        Organization = Organization(service.OrganizationId),
        CostOptions = _costs[service.Id].ToList(),
        Contacts = _contacts[service.Id].Select(c => c with { Phones = _phonesByContact[c.Id].ToList() }).ToList(),
        Attributes = _attributes[service.Id].Select(a => a with { TaxonomyTerm = Term(a.TaxonomyTermId) }).ToList(),
        Metadata = _metadata[service.Id].ToList(),
    };

    /// <summary>All services, fully nested, in id order: the JSON export.</summary>
    public IEnumerable<HsdsService> AllServices() => _tables.Services.Select(Full);

    /// <summary>Ids of the terms attached to each service.</summary>
    public IEnumerable<string> TermIdsOf(string serviceId) => _attributes[serviceId].Select(a => a.TaxonomyTermId);
}
