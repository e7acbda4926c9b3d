namespace Lotse.Features.Finance.Controlling;

/// <summary>The funding controlling's services (levy: its sources are registered by whoever implements them).</summary>
public static class ControllingSetup
{
    public static IServiceCollection AddControlling(this IServiceCollection services) =>
        services.AddScoped<CategoryText>();
}
