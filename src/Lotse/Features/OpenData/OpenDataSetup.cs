using Lotse.Features.OpenData.Feeds;
using Lotse.Features.OpenData.Hsds;
using Scalar.AspNetCore;

namespace Lotse.Features.OpenData;

public static class OpenDataSetup
{
    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.AddHsds();
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        services.AddSingleton<ApiRateLimit>();
        services.AddApiCors();
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Lotse – Integrationsportal API";
            document.Info.Description = "Öffentliche Lese-Schnittstelle des Integrationsportals: facettierte Suche und Angebote (/api/v1) sowie das Verzeichnis nach Open Referral HSDS 3.0 (/api/hsds).";
            document.Info.Version = "v1";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder endpoints)
    {
        // Every API answer: limited per client first, then tagged for If-None-Match.
        var api = endpoints.MapGroup("/api")
            .AddEndpointFilter(ApiRateLimit.FilterAsync)
            .AddEndpointFilter(ApiETag.FilterAsync);
        var v1 = api.MapGroup("/v1").WithTags("Integrationsportal");
        v1.MapSearchApi();
        v1.MapOfferApi();
        endpoints.MapFeeds();
        api.MapHsdsApi();

        endpoints.MapOpenApi("/openapi/{documentName}.json");
        // The browsable reference; its own scripts are served locally by Scalar.AspNetCore.
        endpoints.MapScalarApiReference("/api/docs", options => options
            .WithTitle("Lotse API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts());
        return endpoints;
    }
}
