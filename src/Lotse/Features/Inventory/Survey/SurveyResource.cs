namespace Lotse.Features.Inventory.Survey;

/// <summary>Marker for the texts of the inventory survey pages (Resources/Features.Inventory.Survey.SurveyResource.resx).</summary>
public sealed class SurveyResource;
