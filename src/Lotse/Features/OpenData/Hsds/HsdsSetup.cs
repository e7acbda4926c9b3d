namespace Lotse.Features.OpenData.Hsds;

public static class HsdsSetup
{
    public static IServiceCollection AddHsds(this IServiceCollection services)
    {
        services.AddOptions<HsdsOptions>().BindConfiguration(HsdsOptions.Section);
        services.AddScoped<HsdsDirectoryReader>();
        services.AddSingleton<HsdsDirectorySource>();
        return services;
    }
}
