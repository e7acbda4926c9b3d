using Lotse.Features.Inventory.Survey;
using Lotse.Features.Inventory.Overlap;

namespace Lotse.Features.Inventory;

/// <summary>The inventory survey, overlap analysis, coverage (P8): services here, pages under /intern/ found by Razor Pages.</summary>
public static class InventorySetup
{
    public static IServiceCollection AddInventory(this IServiceCollection services) =>
        services   // each area of the capability adds one line here
            .AddSurvey()    // Features/Inventory/Survey
            .AddOverlap();  // Features/Inventory/Overlap and Coverage

    public static IEndpointRouteBuilder MapInventory(this IEndpointRouteBuilder endpoints) =>
        endpoints;  // JSON endpoints and file downloads, one line per area
}
