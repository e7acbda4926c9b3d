using Lotse.Data;
using Lotse.Features.Finance.CostModel;
using Lotse.Features.OpenData;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using static Lotse.Features.Finance.Costs.CostsApiContracts;

namespace Lotse.Features.Finance.Costs;

/// <summary>
/// /api/v1/costs: calculate a posted scenario (no data is written), and the published scenarios with their statements.
/// The group has the API's rate limit and ETags like /api/v1 (OpenData); CORS on /api stays read-only
/// (GET, OPTIONS), so browsers on other sites cannot post here — clients outside a browser can.
/// </summary>
public static class CostsApi
{
    public static IEndpointRouteBuilder MapCostsApi(this IEndpointRouteBuilder endpoints)
    {
        var costs = endpoints.MapGroup("/api/v1/costs")
            .AddEndpointFilter(ApiRateLimit.FilterAsync)
            .AddEndpointFilter(ApiETag.FilterAsync)
            .WithTags("Kosten und Finanzierung");
        costs.MapPost("/calculate", CalculateAsync)
            .WithName("CalculateCosts")
            .WithSummary("Kostenaufstellung eines Szenarios berechnen (Zeilen, Summe, Landesförderung, Kreisanteil)")
            .Accepts<CalculateRequest>("application/json");
        costs.MapGet("/scenarios", ListAsync)
            .WithName("GetCostScenarios")
            .WithSummary("Die veröffentlichten Kostenszenarien mit ihren Summen");
        costs.MapGet("/scenarios/{id}", GetAsync)
            .WithName("GetCostScenario")
            .WithSummary("Ein veröffentlichtes Kostenszenario mit Eingaben und Kostenaufstellung");
        return endpoints;
    }

    internal static async Task<Results<Ok<StatementDto>, ValidationProblem, ProblemHttpResult>> CalculateAsync(
        HttpRequest request, CostStatements statements, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.ContentType is { } type && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Format nicht unterstützt",
                detail: "Senden Sie das Szenario als application/json.");
        var (input, errors) = await CalculateRequestReader.ReadAsync(request, cancellationToken);
        if (input is null)
            return Invalid(errors);

        var date = input.Date ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        FundingRules? rules = null;
        if (input.FundingRules is not null)
            rules = CalculateRequestReader.InlineRules(input.FundingRules, errors);
        else if (!string.IsNullOrWhiteSpace(input.RuleSet))
        {
            rules = input.RuleSet.Length <= 200 ? await statements.RuleSetAsync(input.RuleSet, cancellationToken) : null;
            if (rules is null)
                errors.Add(new("ruleSet", $"Ein Förderregelwerk „{Shorten(input.RuleSet)}“ gibt es nicht. GET /api/v1/costs/scenarios zeigt die verwendeten Regelwerke."));
        }
        var rates = input.Rates is not null
            ? [CalculateRequestReader.InlineRates(input.Rates, date, errors)]
            : await statements.RateTablesAsync(cancellationToken);
        if (errors.Count > 0)
            return Invalid(errors);

        var result = CostCalculator.Calculate(CalculateRequestReader.ToScenario(input, date), rates, rules);
        return result.Statement is { } statement ? TypedResults.Ok(ToDto(statement)) : Invalid(result.Errors);
    }

    internal static async Task<Ok<List<ScenarioSummaryDto>>> ListAsync(LotseDbContext db, CostStatements statements, CancellationToken cancellationToken)
    {
        var ids = await db.CostScenarios.Where(s => s.IsPublished).OrderBy(s => s.Name).Select(s => s.Id).ToListAsync(cancellationToken);
        var list = new List<ScenarioSummaryDto>();
        foreach (var id in ids)
        {
            var scenario = (await statements.ScenarioAsync(id, publishedOnly: true, cancellationToken))!;
            var statement = (await statements.CalculateAsync(scenario, cancellationToken)).Statement;
            if (statement is null)
                continue;   // a stored scenario that no longer calculates (e.g. a rate table changed) is left out, not half shown
            list.Add(new ScenarioSummaryDto(scenario.Id, scenario.Name, scenario.Description, scenario.Date, scenario.FundingRuleSet?.Name,
                statement.Total, statement.StateFunding, statement.CountyShare, $"/api/v1/costs/scenarios/{scenario.Id}"));
        }
        return TypedResults.Ok(list);
    }

    internal static async Task<Results<Ok<ScenarioDto>, ProblemHttpResult>> GetAsync(string id, CostStatements statements, CancellationToken cancellationToken)
    {
        var scenario = Guid.TryParse(id, out var guid) ? await statements.ScenarioAsync(guid, publishedOnly: true, cancellationToken) : null;
        var statement = scenario is null ? null : (await statements.CalculateAsync(scenario, cancellationToken)).Statement;
        if (scenario is null || statement is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Szenario nicht gefunden",
                detail: "Zu dieser Kennung gibt es kein veröffentlichtes Kostenszenario.");
        return TypedResults.Ok(new ScenarioDto(scenario.Id, scenario.Name, scenario.Description, scenario.Date, scenario.FundingRuleSet?.Name,
            ToInput(scenario), ToDto(statement)));
    }

    private static ValidationProblem Invalid(IEnumerable<CostError> errors) => TypedResults.ValidationProblem(
        errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        title: "Ungültiges Szenario");

    private static string Shorten(string text) => text.Length <= 60 ? text.Trim() : text[..60] + "…";
}
