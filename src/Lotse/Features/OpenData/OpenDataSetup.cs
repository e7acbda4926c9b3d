namespace Lotse.Features.OpenData;

public static class OpenDataSetup
{
    public static IServiceCollection AddOpenData(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder endpoints) => endpoints;
}
