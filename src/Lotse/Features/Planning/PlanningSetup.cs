using Lotse.Features.Planning.WorkPlan;

namespace Lotse.Features.Planning;

/// <summary>The concept, work plan, council decisions, application (P9): services here, pages under /intern/ found by Razor Pages.</summary>
public static class PlanningSetup
{
    public static IServiceCollection AddPlanning(this IServiceCollection services) =>
        services   // each area of the capability adds one line here
            .AddConceptCouncilApplication()
            .AddWorkPlan();

    public static IEndpointRouteBuilder MapPlanning(this IEndpointRouteBuilder endpoints) =>
        endpoints;  // JSON endpoints and file downloads, one line per area
}
