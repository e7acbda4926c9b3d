namespace Lotse.Features.Overview;

/// <summary>The NRW overview of all integration centres (P12): services here, pages under /intern/ found by Razor Pages.</summary>
public static class OverviewSetup
{
    public static IServiceCollection AddOverview(this IServiceCollection services) =>
        services;   // each area of the capability adds one line here

    public static IEndpointRouteBuilder MapOverview(this IEndpointRouteBuilder endpoints) =>
        endpoints;  // JSON endpoints and file downloads, one line per area
}
