using Lotse.Features.Directory;

namespace Lotse.Features.OpenData.Hsds;

/// <summary>
/// The ids of the HSDS export, in one place. Lotse's own entities (offers = services, organizations,
/// locations, contacts, schedules, cost options, taxonomies, terms, audit rows = metadata) keep their
/// Guid as HSDS id. HSDS rows that Lotse stores as a field or a link rather than a row of their own get a
/// name-based UUID (version 5 style, <see cref="StableId"/>) from the row kind and the ids they belong
/// to, e.g. the address of location L is <c>StableId.From("hsds-address", L)</c>. So exporting the same
/// data again, in any installation, gives the same ids, and an import that keeps ids reproduces them.
/// </summary>
public static class HsdsIds
{
    public static string Of(Guid id) => id.ToString("D");

    public static string Address(Guid locationId) => Derived("hsds-address", locationId);
    public static string Accessibility(Guid locationId) => Derived("hsds-accessibility", locationId);
    public static string ServiceAtLocation(Guid offerId, Guid locationId) => Derived("hsds-service-at-location", offerId, locationId);
    public static string ServicePhone(Guid offerId) => Derived("hsds-phone-service", offerId);
    public static string OrganizationPhone(Guid organizationId) => Derived("hsds-phone-organization", organizationId);
    public static string ContactPhone(Guid contactId) => Derived("hsds-phone-contact", contactId);
    public static string Language(Guid offerId, Guid languageId) => Derived("hsds-language", offerId, languageId);
    public static string Attribute(Guid offerId, Guid termId) => Derived("hsds-attribute", offerId, termId);
    public static string ServiceArea(Guid offerId) => Derived("hsds-service-area", offerId);
    /// <summary>The schedule that carries only the first and last day of a dated offer without weekly times.</summary>
    public static string DateRange(Guid offerId) => Derived("hsds-date-range", offerId);

    private static string Derived(string kind, params Guid[] ids) =>
        Of(StableId.From(kind, string.Join(':', ids.Select(Of))));
}
