namespace Lotse.Features.Finance.Costs;

/// <summary>Costs and financing (P10): the statement service and the JSON API under /api/v1/costs.</summary>
public static class CostsSetup
{
    public static IServiceCollection AddCosts(this IServiceCollection services)
    {
        services.AddScoped<CostStatements>();
        // The scenarios feed the levy page (county share) and the application dossier (cost and financing plan).
        services.AddScoped<Levy.ICountyShareSource, ScenarioCountyShares>();
        services.AddScoped<Planning.Application.IApplicationCostPlan, ScenarioApplicationCostPlan>();
        // The create forms are the edit pages without an id.
        services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(options =>
        {
            options.Conventions.AddPageRoute("/Finance/Costs/Edit", EditModel.CreateRoute);
            options.Conventions.AddPageRoute("/Finance/Costs/RateTableEdit", RateTableEditModel.CreateRoute);
            options.Conventions.AddPageRoute("/Finance/Costs/RuleSetEdit", RuleSetEditModel.CreateRoute);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapCosts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCostsApi();
        return endpoints;
    }
}
