namespace Lotse.Features.Planning.WorkPlan;

/// <summary>Marker for the work plan's texts (Resources/Features.Planning.WorkPlan.WorkPlanResource.resx).</summary>
public sealed class WorkPlanResource;
