using Lotse.Features.Finance.Controlling;
using Lotse.Features.Finance.Costs;

namespace Lotse.Features.Finance;

/// <summary>The costs and financing, county levy, funding controlling (P10, P11): services here, pages under /intern/ found by Razor Pages.</summary>
public static class FinanceSetup
{
    public static IServiceCollection AddFinance(this IServiceCollection services) =>
        services   // each area of the capability adds one line here
            .AddControlling()
            .AddCosts();

    public static IEndpointRouteBuilder MapFinance(this IEndpointRouteBuilder endpoints) =>
        endpoints  // JSON endpoints and file downloads, one line per area
            .MapCosts();
}
