using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Locations;

/// <summary>The location form as posted: every field a string, converted and checked in <see cref="Validate"/>.</summary>
public sealed class LocationInput
{
    public string? Name { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? MunicipalityId { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Transportation { get; set; }
    public string? AccessibilityDescription { get; set; }
    public string? AccessibilityDetails { get; set; }
    public string? OrganizationId { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static LocationInput From(Location l) => new()
    {
        Name = l.Name,
        Street = l.Street,
        PostalCode = l.PostalCode,
        City = l.City,
        MunicipalityId = l.MunicipalityId?.ToString(),
        Latitude = FormText.FormatNumber(l.Latitude),
        Longitude = FormText.FormatNumber(l.Longitude),
        Transportation = l.Transportation,
        AccessibilityDescription = l.AccessibilityDescription,
        AccessibilityDetails = l.AccessibilityDetails,
        OrganizationId = l.OrganizationId?.ToString(),
        ConcurrencyStamp = l.ConcurrencyStamp.ToString(),
    };

    /// <summary>The checked values, or null with the messages in <paramref name="errors"/>.</summary>
    public Values? Validate(FormErrors errors, LocationChoices choices)
    {
        var name = errors.Text(nameof(Name), Name, 300, "Validation.Location.NameRequired");
        var street = errors.Text(nameof(Street), Street, 200);
        var postalCode = FormText.Clean(PostalCode);
        if (postalCode is not null && !FormText.IsPostalCode(postalCode))
            errors.Add(nameof(PostalCode), "Validation.PostalCode");
        var city = errors.Text(nameof(City), City, 100);

        // An empty municipality is taken from the town when it names one of the county's municipalities.
        var municipalityText = FormText.Clean(MunicipalityId) ?? choices.MunicipalityForCity(city);
        var municipalityId = errors.Id(nameof(MunicipalityId), municipalityText);
        if (municipalityId is { } m && !choices.Municipalities.Any(o => Guid.Parse(o.Value) == m))
            errors.Add(nameof(MunicipalityId), choices.RestrictsMunicipality ? "Validation.MunicipalityOutsideScope" : "Validation.Choice");
        else if (municipalityText is null && choices.RestrictsMunicipality)
            errors.Add(nameof(MunicipalityId), "Validation.MunicipalityRequired");

        var latitude = Coordinate(errors, nameof(Latitude), Latitude, 90, "Validation.Latitude");
        var longitude = Coordinate(errors, nameof(Longitude), Longitude, 180, "Validation.Longitude");
        if (FormText.Clean(Latitude) is null != (FormText.Clean(Longitude) is null))
            errors.Add(FormText.Clean(Latitude) is null ? nameof(Latitude) : nameof(Longitude), "Validation.CoordinatesBoth");

        var transportation = errors.Text(nameof(Transportation), Transportation, 1000);
        var accessibility = errors.Text(nameof(AccessibilityDescription), AccessibilityDescription, 1000);
        var accessibilityDetails = errors.Text(nameof(AccessibilityDetails), AccessibilityDetails, 2000);

        var organizationId = errors.Id(nameof(OrganizationId), OrganizationId);
        if (organizationId is { } o && !choices.Organizations.Any(c => Guid.Parse(c.Value) == o))
            errors.Add(nameof(OrganizationId), choices.RequiresOrganization ? "Validation.OrganizationOutsideScope" : "Validation.Choice");
        else if (FormText.Clean(OrganizationId) is null && choices.RequiresOrganization)
            errors.Add(nameof(OrganizationId), "Validation.OrganizationRequired");

        return errors.Any ? null : new Values(name!, street, postalCode, city, municipalityId, latitude, longitude, transportation, accessibility, accessibilityDetails, organizationId);
    }

    private static double? Coordinate(FormErrors errors, string field, string? value, double limit, string messageKey)
    {
        if (FormText.Clean(value) is not { } text)
            return null;
        if (FormText.TryParseNumber(text, out var number) && Math.Abs(number) <= limit)
            return number;
        errors.Add(field, messageKey);
        return null;
    }

    public sealed record Values(
        string Name, string? Street, string? PostalCode, string? City, Guid? MunicipalityId, double? Latitude, double? Longitude,
        string? Transportation, string? AccessibilityDescription, string? AccessibilityDetails, Guid? OrganizationId)
    {
        public void ApplyTo(Location l)
        {
            l.Name = Name;
            l.Street = Street;
            l.PostalCode = PostalCode;
            l.City = City;
            l.MunicipalityId = MunicipalityId;
            l.Latitude = Latitude;
            l.Longitude = Longitude;
            l.Transportation = Transportation;
            l.AccessibilityDescription = AccessibilityDescription;
            l.AccessibilityDetails = AccessibilityDetails;
            l.OrganizationId = OrganizationId;
        }
    }

    /// <summary>The fields as the user reads them, for the conflict comparison.</summary>
    public IReadOnlyList<FieldValue> Readable(IStringLocalizer text, LocationChoices choices) =>
    [
        new(text["Location.Name"], Name),
        new(text["Location.Street"], Street),
        new(text["Location.PostalCode"], PostalCode),
        new(text["Location.City"], City),
        new(text["Location.Municipality"], NameOf(choices.AllMunicipalities, MunicipalityId)),
        new(text["Location.Latitude"], Latitude),
        new(text["Location.Longitude"], Longitude),
        new(text["Location.Transportation"], Transportation),
        new(text["Location.AccessibilityDescription"], AccessibilityDescription),
        new(text["Location.AccessibilityDetails"], AccessibilityDetails),
        new(text["Location.Organization"], NameOf(choices.Organizations, OrganizationId)),
    ];

    private static string? NameOf(IReadOnlyList<SelectOption> options, string? id) =>
        Guid.TryParse(id, out var guid) ? options.FirstOrDefault(o => Guid.Parse(o.Value) == guid)?.Text ?? id : FormText.Clean(id);
}
