namespace Lotse.Features.Network;

/// <summary>The network of actors, working groups (P7): services here, pages under /intern/ found by Razor Pages.</summary>
public static class NetworkSetup
{
    public static IServiceCollection AddNetwork(this IServiceCollection services) =>
        services;   // each area of the capability adds one line here

    public static IEndpointRouteBuilder MapNetwork(this IEndpointRouteBuilder endpoints) =>
        endpoints;  // JSON endpoints and file downloads, one line per area
}
