using System.Security.Claims;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Editorial;

/// <summary>The back office's one scope rule, per role, against real rows: what each account reads, changes and reviews.</summary>
public sealed class EditorialScopeTests : IDisposable
{
    private const string Troisdorf = "05382068";
    private const string Siegburg = "05382060";
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    /// <summary>An account of <paramref name="role"/> with the given scope rows, as the principal a request would carry.</summary>
    private async Task<ClaimsPrincipal> AccountAsync(string role, string? municipalityCode = null, Guid? organizationId = null)
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, role);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        if (municipalityCode is not null)
            db.UserMunicipalities.Add(new UserMunicipality { UserId = userId, MunicipalityId = await db.Municipalities.Where(m => m.Code == municipalityCode).Select(m => m.Id).SingleAsync() });
        if (organizationId is { } org)
            db.UserOrganizations.Add(new UserOrganization { UserId = userId, OrganizationId = org });
        await db.SaveChangesAsync();
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Email, email), new Claim(ClaimTypes.Role, role)], "Test"));
    }

    // Names joined, so that the record compares by value.
    private sealed record Seen(string Readable, string Editable, string Reviewable);

    private async Task<Seen> SeenByAsync(ClaimsPrincipal user)
    {
        await using var services = _factory.Services.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<LotseDbContext>();
        var scope = await EditorialScope.LoadAsync(db, user, CancellationToken.None);
        static async Task<string> Names(IQueryable<Offer> offers) => string.Join(", ", await offers.OrderBy(o => o.Name).Select(o => o.Name).ToListAsync());
        return new Seen(await Names(scope.Readable(db.Offers)), await Names(scope.Editable(db.Offers)), await Names(scope.Reviewable(db.Offers)));
    }

    private async Task<Guid> TwoOffersAsync()
    {
        await TestOffers.AddAsync(_factory, (o, _) => o.Name = "Siegburg-Angebot", municipalityCode: Siegburg);
        var troisdorf = await TestOffers.AddAsync(_factory, (o, _) => o.Name = "Troisdorf-Angebot", municipalityCode: Troisdorf);
        return troisdorf.OrganizationId;
    }

    [Fact]
    public async Task Each_role_reads_changes_and_reviews_what_the_rule_says()
    {
        var troisdorfOrganization = await TwoOffersAsync();
        const string both = "Siegburg-Angebot, Troisdorf-Angebot", troisdorf = "Troisdorf-Angebot";

        Assert.Equal(new Seen(both, both, both), await SeenByAsync(await AccountAsync(Roles.CountyEditor)));
        Assert.Equal(new Seen(both, "", ""), await SeenByAsync(await AccountAsync(Roles.Reader)));
        // AccountsTestData gives a Redaktion Kommune account Troisdorf.
        Assert.Equal(new Seen(troisdorf, troisdorf, troisdorf), await SeenByAsync(await AccountAsync(Roles.MunicipalityEditor)));
        // A Träger changes its organization's offers, but their review belongs to the municipality.
        Assert.Equal(new Seen(troisdorf, troisdorf, ""), await SeenByAsync(await AccountAsync(Roles.Provider, organizationId: troisdorfOrganization)));
    }

    [Fact]
    public async Task Scope_rows_count_only_for_the_role_they_belong_to()
    {
        await TwoOffersAsync();
        // A Träger with a left-over municipality row gets nothing of that municipality (the suggestion queue used to show it).
        var provider = await AccountAsync(Roles.Provider, municipalityCode: Troisdorf);
        Assert.Equal(new Seen("", "", ""), await SeenByAsync(provider));
    }

}
