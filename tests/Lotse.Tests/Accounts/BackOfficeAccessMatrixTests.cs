using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Accounts;

/// <summary>
/// Every back-office route (from the app's route table) called as anonymous, as a user without role and
/// as each role. A route under /intern without a rule here fails the test: new pages must say who may use them.
/// </summary>
public sealed class BackOfficeAccessMatrixTests : IDisposable
{
    private abstract record Rule(string SamplePath);

    /// <summary>Open to everyone, answering <paramref name="Status"/>.</summary>
    private sealed record Public(string SamplePath, HttpStatusCode Status = HttpStatusCode.OK) : Rule(SamplePath);

    /// <summary>Any signed-in account, also one without role.</summary>
    private sealed record SignedIn(string SamplePath) : Rule(SamplePath);

    /// <summary>Accounts whose role has the permission.</summary>
    private sealed record Permission(string SamplePath, string Name) : Rule(SamplePath);

    // --- Suggestions (review queue of portal suggestions) ---
    /// <summary>
    /// An entry page under <paramref name="Permission"/>, called for an entry inside the Redaktion Kommune's
    /// municipality (Troisdorf, see AccountsTestData) and one outside it (Siegburg). Administrator and
    /// Redaktion Kreis see both, Redaktion Kommune the inside one, Träger (no organization) neither.
    /// </summary>
    private sealed record ScopedEntry(string Permission, Func<LotseAppFactory, string, Task<string>> CreateSample) : Rule("");

    private static HttpStatusCode ExpectedForScoped(ScopedEntry rule, string? role, bool inside) =>
        role is null || !Permissions.RolesWith(rule.Permission).Contains(role) ? HttpStatusCode.Forbidden
        : role is Roles.Administrator or Roles.CountyEditor ? HttpStatusCode.OK
        : role == Roles.MunicipalityEditor && inside ? HttpStatusCode.OK
        : HttpStatusCode.Forbidden;

    private static async Task<string> SuggestionSampleAsync(LotseAppFactory factory, string municipalityCode)
    {
        var offer = await TestOffers.AddAsync(factory, municipalityCode: municipalityCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Lotse.Data.LotseDbContext>();
        var suggestion = new Lotse.Features.Editorial.Suggestions.Suggestion { Id = Guid.NewGuid(), OfferId = offer.Id, CreatedAt = DateTime.UtcNow, Comment = "Matrix", ProposedPhone = "02241 1" };
        db.Suggestions.Add(suggestion);
        await db.SaveChangesAsync();
        return $"/intern/vorschlaege/{suggestion.Id}";
    }
    // --- end Suggestions ---

    // Keyed by route template as in the route table.
    private static readonly Dictionary<string, Rule> RulesByRoute = new(StringComparer.OrdinalIgnoreCase)
    {
        ["intern"] = new Permission("/intern/", Permissions.AccessBackOffice),
        ["intern/anmelden"] = new Public("/intern/anmelden"),
        ["intern/abmelden"] = new SignedIn("/intern/abmelden"),
        // Only after the right password (a pending two-factor sign-in); everyone else is sent to the login.
        ["intern/anmelden/code"] = new Public("/intern/anmelden/code", HttpStatusCode.Redirect),
        ["intern/konto/zwei-faktor"] = new SignedIn("/intern/konto/zwei-faktor"),
        ["intern/fehler/{code:int}"] = new Public("/intern/fehler/404", HttpStatusCode.NotFound),
        // Suggestions: the queue, and one suggestion inside/outside the caller's scope.
        ["intern/vorschlaege"] = new Permission("/intern/vorschlaege", Permissions.EditOwnEntries),
        ["intern/vorschlaege/{id:guid}"] = new ScopedEntry(Permissions.EditOwnEntries, SuggestionSampleAsync),
    };

    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Every_back_office_route_answers_each_caller_as_its_rule_says()
    {
        var routes = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText?.TrimStart('/') ?? "")
            .Where(r => r.Equals("intern", StringComparison.OrdinalIgnoreCase) || r.StartsWith("intern/", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToList();
        Assert.Contains("intern", routes);
        var unruled = routes.Where(r => !RulesByRoute.ContainsKey(r)).ToList();
        Assert.True(unruled.Count == 0, $"Back-office routes without a rule in the access matrix: {string.Join(", ", unruled)}");

        var callers = new List<(string Name, string? Role, HttpClient Client)> { ("anonym", null, AccountsTestData.CreateClient(_factory)) };
        callers.Add(("ohne Rolle", null, await AccountsTestData.SignedInClientAsync(_factory, await AccountsTestData.CreateAccountAsync(_factory, role: null))));
        foreach (var role in Roles.All)
            callers.Add((role, role, await AccountsTestData.SignedInClientAsync(_factory, await AccountsTestData.CreateAccountAsync(_factory, role))));

        var failures = new List<string>();
        foreach (var route in routes)
        {
            var rule = RulesByRoute[route];
            if (rule is ScopedEntry scoped)   // Suggestions: entry pages checked inside and outside the scope
            {
                var inside = await scoped.CreateSample(_factory, "05382068");    // Troisdorf
                var outside = await scoped.CreateSample(_factory, "05382060");   // Siegburg
                foreach (var (name, role, client) in callers)
                    foreach (var (path, isInside) in new[] { (inside, true), (outside, false) })
                    {
                        var expected = name == "anonym" ? HttpStatusCode.Redirect : ExpectedForScoped(scoped, role, isInside);
                        var status = (await client.GetAsync(path)).StatusCode;
                        if (status != expected)
                            failures.Add($"{path} ({(isInside ? "inside" : "outside")}) as {name}: {(int)status}, expected {(int)expected}");
                    }
                continue;
            }
            foreach (var (name, role, client) in callers)
            {
                var anonymous = name == "anonym";
                var expected = rule switch
                {
                    Public p => p.Status,
                    _ when anonymous => HttpStatusCode.Redirect,
                    SignedIn => HttpStatusCode.OK,
                    Permission p => role is not null && Permissions.RolesWith(p.Name).Contains(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
                    _ => throw new InvalidOperationException(rule.ToString()),
                };
                var response = await client.GetAsync(rule.SamplePath);
                if (response.StatusCode != expected)
                {
                    failures.Add($"{rule.SamplePath} as {name}: {(int)response.StatusCode}, expected {(int)expected}");
                    continue;
                }
                var location = response.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal);
                var loginPage = rule is Public ? AccountPaths.Login : $"{AccountPaths.Login}?ReturnUrl=";
                if (expected == HttpStatusCode.Redirect && location?.StartsWith(loginPage, StringComparison.Ordinal) != true)
                    failures.Add($"{rule.SamplePath} as {name}: redirected to {response.Headers.Location}, expected the login page");
                if (expected == HttpStatusCode.Forbidden && !(await response.Content.ReadAsStringAsync()).Contains("Kein Zugriff", StringComparison.Ordinal))
                    failures.Add($"{rule.SamplePath} as {name}: 403 without the German page");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
