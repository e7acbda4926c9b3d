using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Organizations;

/// <summary>The organization form as posted: every field a string, converted and checked in <see cref="Validate"/>.</summary>
public sealed class OrganizationInput
{
    public string? Name { get; set; }
    public string? AlternateName { get; set; }
    public string? Description { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? Phone { get; set; }
    public string? ActorType { get; set; }
    public string? MunicipalityId { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static OrganizationInput From(Organization o) => new()
    {
        Name = o.Name,
        AlternateName = o.AlternateName,
        Description = o.Description,
        Email = o.Email,
        Website = o.Website,
        Phone = o.Phone,
        ActorType = o.ActorType,
        MunicipalityId = o.MunicipalityId?.ToString(),
        ConcurrencyStamp = o.ConcurrencyStamp.ToString(),
    };

    /// <summary>The checked values, or null with the messages in <paramref name="errors"/>.</summary>
    public Values? Validate(FormErrors errors, OrganizationChoices choices)
    {
        var name = errors.Text(nameof(Name), Name, 300, "Validation.Organization.NameRequired");
        var alternateName = errors.Text(nameof(AlternateName), AlternateName, 300);
        var description = errors.Text(nameof(Description), Description, 20_000);
        var email = errors.Email(nameof(Email), Email);
        var website = errors.Website(nameof(Website), Website);
        var phone = errors.Phone(nameof(Phone), Phone);
        var actorType = FormText.Clean(ActorType);
        if (actorType is not null && !choices.ActorTypes.Any(a => a.Value == actorType))
            errors.Add(nameof(ActorType), "Validation.Choice");
        var municipalityId = errors.Id(nameof(MunicipalityId), MunicipalityId);
        if (municipalityId is { } m && !choices.Municipalities.Any(o => o.Value == m.ToString()))
            errors.Add(nameof(MunicipalityId), choices.RestrictsMunicipality ? "Validation.MunicipalityOutsideScope" : "Validation.Choice");
        else if (FormText.Clean(MunicipalityId) is null && choices.RestrictsMunicipality)
            errors.Add(nameof(MunicipalityId), "Validation.MunicipalityRequired");
        return errors.Any ? null : new Values(name!, alternateName, description, email, website, phone, actorType, municipalityId);
    }

    public sealed record Values(string Name, string? AlternateName, string? Description, string? Email, string? Website, string? Phone, string? ActorType, Guid? MunicipalityId)
    {
        public void ApplyTo(Organization o)
        {
            o.Name = Name;
            o.AlternateName = AlternateName;
            o.Description = Description;
            o.Email = Email;
            o.Website = Website;
            o.Phone = Phone;
            o.ActorType = ActorType;
            o.MunicipalityId = MunicipalityId;
        }
    }

    /// <summary>The fields as the user reads them, for the conflict comparison.</summary>
    public IReadOnlyList<FieldValue> Readable(IStringLocalizer text, OrganizationChoices choices) =>
    [
        new(text["Organization.Name"], Name),
        new(text["Organization.AlternateName"], AlternateName),
        new(text["Organization.Description"], Description),
        new(text["Organization.Email"], Email),
        new(text["Organization.Website"], Website),
        new(text["Organization.Phone"], Phone),
        new(text["Organization.ActorType"], choices.ActorTypes.FirstOrDefault(a => a.Value == ActorType)?.Text ?? FormText.Clean(ActorType)),
        new(text["Organization.Municipality"], choices.AllMunicipalities.FirstOrDefault(m => m.Value == MunicipalityId)?.Text ?? FormText.Clean(MunicipalityId)),
    ];
}
