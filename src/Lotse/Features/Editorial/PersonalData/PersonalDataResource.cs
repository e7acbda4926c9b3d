namespace Lotse.Features.Editorial.PersonalData;

/// <summary>Marker for the texts of the data-protection pages (Resources/Features.Editorial.PersonalData.PersonalDataResource.resx).</summary>
public sealed class PersonalDataResource;
