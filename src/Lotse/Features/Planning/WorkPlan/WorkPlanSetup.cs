namespace Lotse.Features.Planning.WorkPlan;

/// <summary>The work plan's services: the programme templates, read once at start.</summary>
public static class WorkPlanSetup
{
    public static IServiceCollection AddWorkPlan(this IServiceCollection services) =>
        services.AddSingleton(_ => ProgrammeTemplates.Load());
}
