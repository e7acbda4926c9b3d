namespace Lotse.Features.Inventory.Overlap;

/// <summary>The overlap analysis and coverage: the directory as a source of existing activities, and the work plan's measures.</summary>
public static class OverlapSetup
{
    public static IServiceCollection AddOverlap(this IServiceCollection services) =>
        services
            .AddScoped<DirectoryActivitySource>()
            .AddScoped<IExistingActivitySource>(sp => sp.GetRequiredService<DirectoryActivitySource>())
            .AddScoped<OverlapService>()
            .AddScoped<Coverage.CoverageService>();
}
