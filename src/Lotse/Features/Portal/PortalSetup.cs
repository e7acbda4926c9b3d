namespace Lotse.Features.Portal;

public static class PortalSetup
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddRazorPages().WithRazorPagesRoot("/Features");
        return services;
    }

    public static IApplicationBuilder UsePortal(this IApplicationBuilder app) => app;

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        return endpoints;
    }
}
