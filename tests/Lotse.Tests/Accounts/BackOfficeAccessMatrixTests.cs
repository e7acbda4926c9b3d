using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Editorial.Directory;
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

    // Directory pages (organizations, locations, contacts, terms):
    /// <summary>Accounts of these roles only (e.g. creating organizations: not providers, although they edit their own).</summary>
    private sealed record OnlyRoles(string SamplePath, params string[] Allowed) : Rule(SamplePath);

    /// <summary>
    /// An entry page: roles with the permission; municipal editors and providers only inside their scope. Called
    /// with the entry of <see cref="DirectoryAccessSamples"/> inside (200) and outside (403) their scope.
    /// </summary>
    private sealed record Scoped(string PathFormat, string Name, string Sample) : Rule(PathFormat);

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
        // Directory pages (organizations, locations, contacts, terms): branch directory.
        ["intern/organisationen"] = new Permission("/intern/organisationen", Permissions.AccessBackOffice),
        ["intern/organisationen/neu"] = new OnlyRoles("/intern/organisationen/neu", Roles.Administrator, Roles.CountyEditor, Roles.MunicipalityEditor),
        ["intern/organisationen/{id:guid}"] = new Scoped("/intern/organisationen/{0}", Permissions.AccessBackOffice, DirectoryAccessSamples.Organization),
        ["intern/orte"] = new Permission("/intern/orte", Permissions.AccessBackOffice),
        ["intern/orte/neu"] = new Permission("/intern/orte/neu", Permissions.EditOwnEntries),
        ["intern/orte/{id:guid}"] = new Scoped("/intern/orte/{0}", Permissions.AccessBackOffice, DirectoryAccessSamples.Location),
        ["intern/kontakte"] = new Permission("/intern/kontakte", Permissions.EditOwnEntries),
        ["intern/kontakte/neu"] = new Permission("/intern/kontakte/neu", Permissions.EditOwnEntries),
        ["intern/kontakte/{id:guid}"] = new Scoped("/intern/kontakte/{0}", Permissions.EditOwnEntries, DirectoryAccessSamples.Contact),
        ["intern/begriffe"] = new Permission("/intern/begriffe", Permissions.ManageTaxonomies),
        ["intern/begriffe/neu"] = new Permission("/intern/begriffe/neu?taxonomie=topic", Permissions.ManageTaxonomies),
        ["intern/begriffe/{id:guid}"] = new Permission($"/intern/begriffe/{DirectoryAccessSamples.Term}", Permissions.ManageTaxonomies),
        ["intern/begriffe/{id:guid}/loeschen"] = new Permission($"/intern/begriffe/{DirectoryAccessSamples.Term}/loeschen", Permissions.ManageTaxonomies),
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
        var emails = new Dictionary<string, string>();
        foreach (var role in Roles.All)
        {
            emails[role] = await AccountsTestData.CreateAccountAsync(_factory, role);
            callers.Add((role, role, await AccountsTestData.SignedInClientAsync(_factory, emails[role])));
        }
        var samples = await DirectoryAccessSamples.CreateAsync(_factory, emails[Roles.Provider]);

        var failures = new List<string>();
        foreach (var route in routes)
        {
            var rule = RulesByRoute[route];
            foreach (var (name, role, client) in callers)
            foreach (var (path, expected) in Expectations(rule, name == "anonym", role, samples))
            {
                var response = await client.GetAsync(path);
                if (response.StatusCode != expected)
                {
                    failures.Add($"{path} as {name}: {(int)response.StatusCode}, expected {(int)expected}");
                    continue;
                }
                var location = response.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal);
                var loginPage = rule is Public ? AccountPaths.Login : $"{AccountPaths.Login}?ReturnUrl=";
                if (expected == HttpStatusCode.Redirect && location?.StartsWith(loginPage, StringComparison.Ordinal) != true)
                    failures.Add($"{path} as {name}: redirected to {response.Headers.Location}, expected the login page");
                if (expected == HttpStatusCode.Forbidden && !(await response.Content.ReadAsStringAsync()).Contains("Kein Zugriff", StringComparison.Ordinal))
                    failures.Add($"{path} as {name}: 403 without the German page");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>The paths to call for a rule and the status each must answer for this caller.</summary>
    private static IEnumerable<(string Path, HttpStatusCode Expected)> Expectations(Rule rule, bool anonymous, string? role, IReadOnlyDictionary<string, (Guid Inside, Guid Outside)> samples)
    {
        bool Has(string permission) => role is not null && Permissions.RolesWith(permission).Contains(role);
        if (rule is Scoped scoped)
        {
            var (inside, outside) = samples[scoped.Sample];
            var scopedRole = role is Roles.MunicipalityEditor or Roles.Provider;
            var insideStatus = anonymous ? HttpStatusCode.Redirect : Has(scoped.Name) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            var outsideStatus = insideStatus == HttpStatusCode.OK && scopedRole ? HttpStatusCode.Forbidden : insideStatus;
            yield return (string.Format(System.Globalization.CultureInfo.InvariantCulture, scoped.PathFormat, inside), insideStatus);
            yield return (string.Format(System.Globalization.CultureInfo.InvariantCulture, scoped.PathFormat, outside), outsideStatus);
            yield break;
        }
        yield return (rule.SamplePath, rule switch
        {
            Public p => p.Status,
            _ when anonymous => HttpStatusCode.Redirect,
            SignedIn => HttpStatusCode.OK,
            Permission p => Has(p.Name) ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
            OnlyRoles r => role is not null && r.Allowed.Contains(role) ? HttpStatusCode.OK : HttpStatusCode.Forbidden,
            _ => throw new InvalidOperationException(rule.ToString()),
        });
    }
}
