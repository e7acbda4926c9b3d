namespace Lotse.Features.Planning;

/// <summary>Marker for the texts of the concept, council, participation and application pages (Resources/Features.Planning.PlanningResource.resx).</summary>
public sealed class PlanningResource;
