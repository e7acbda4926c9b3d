namespace Lotse.Features.Operations;

public static class OperationsSetup
{
    public static IServiceCollection AddOperations(this IServiceCollection services) => services;

    public static IApplicationBuilder UseOperations(this IApplicationBuilder app) => app;

    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder endpoints) => endpoints;
}
