namespace Lotse.Features.Editorial.History;

public static class HistorySetup
{
    /// <summary>The current actor, which LotseDbContext writes into the audit log and the versions.</summary>
    public static IServiceCollection AddHistory(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, CurrentActor>();
        return services;
    }
}
