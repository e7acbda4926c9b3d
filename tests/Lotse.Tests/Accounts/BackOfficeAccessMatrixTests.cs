using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
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

    // History (versions, audit log) and personal data: routes of one offer, called for an offer inside
    // the caller's scope ({0} = an offer of Troisdorf and of the provider's organization) and one outside
    // ({0} = an offer of Siegburg): 200 inside, 403 outside unless the role sees every offer.
    private sealed record ScopedOffer(string PathFormat, string Name) : Rule(PathFormat);

    /// <summary>A route of one contact person ({0} = a contact of the inside offer); no scope: the permission decides.</summary>
    private sealed record ContactPerson(string PathFormat, string Name) : Rule(PathFormat);

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
        // History and personal data (branch history)
        ["intern/angebote/{id:guid}/versionen"] = new ScopedOffer("/intern/angebote/{0}/versionen", Permissions.ReviewChanges),
        ["intern/angebote/{id:guid}/versionen/vergleich"] = new ScopedOffer("/intern/angebote/{0}/versionen/vergleich?von=1&bis=1", Permissions.ReviewChanges),
        ["intern/protokoll"] = new Permission("/intern/protokoll", Permissions.ReviewChanges),
        ["intern/protokoll/export"] = new Permission("/intern/protokoll/export?format=csv", Permissions.ReviewChanges),
        ["intern/datenschutz"] = new Permission("/intern/datenschutz?suche=Muster", Permissions.EditAllEntries),
        ["intern/datenschutz/{id:guid}"] = new ContactPerson("/intern/datenschutz/{0}", Permissions.EditAllEntries),
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
        var insideOffer = await TestOffers.AddAsync(_factory, (o, _) => o.Contacts.Add(new Lotse.Features.Directory.Contact { Id = Guid.NewGuid(), Name = "Erika Muster" }), municipalityCode: "05382068");
        var outsideOffer = await TestOffers.AddAsync(_factory, municipalityCode: "05382060");
        foreach (var role in Roles.All)
        {
            var email = await AccountsTestData.CreateAccountAsync(_factory, role);
            if (role == Roles.Provider)
                await GiveOrganizationAsync(email, insideOffer.OrganizationId);
            callers.Add((role, role, await AccountsTestData.SignedInClientAsync(_factory, email)));
        }

        var failures = new List<string>();
        foreach (var route in routes)
        {
            var rule = RulesByRoute[route];
            if (rule is ContactPerson person)
                rule = new Permission(string.Format(System.Globalization.CultureInfo.InvariantCulture, person.PathFormat, insideOffer.Contacts.Single().Id), person.Name);
            if (rule is ScopedOffer scoped)
            {
                foreach (var (name, role, client) in callers)
                {
                    var allowed = role is not null && Permissions.RolesWith(scoped.Name).Contains(role);
                    var seesAll = role is Roles.Administrator or Roles.CountyEditor or Roles.Reader;
                    foreach (var (offer, inside) in new[] { (insideOffer, true), (outsideOffer, false) })
                    {
                        var expected = name == "anonym" ? HttpStatusCode.Redirect
                            : !allowed ? HttpStatusCode.Forbidden
                            : inside || seesAll ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
                        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, scoped.PathFormat, offer.Id);
                        var response = await client.GetAsync(path);
                        if (response.StatusCode != expected)
                            failures.Add($"{path} ({(inside ? "inside" : "outside")}) as {name}: {(int)response.StatusCode}, expected {(int)expected}");
                    }
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

    private async Task GiveOrganizationAsync(string email, Guid organizationId)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Lotse.Data.LotseDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        db.UserOrganizations.Add(new UserOrganization { UserId = user.Id, OrganizationId = organizationId });
        await db.SaveChangesAsync();
    }
}
