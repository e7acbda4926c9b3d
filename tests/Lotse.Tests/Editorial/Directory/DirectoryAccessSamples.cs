using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Editorial.Directory;

/// <summary>
/// Entries for the access matrix's directory pages, made per role: one inside the scope of the matrix's
/// Redaktion Kommune (Troisdorf) and Träger accounts (linked to the Troisdorf organization), one outside (Siegburg).
/// </summary>
public static class DirectoryAccessSamples
{
    /// <summary>A seeded term (reference data, same id everywhere).</summary>
    public static readonly Guid Term = StableId.From($"term:{TaxonomyCodes.OfferType}", "treffpunkt");

    public static async Task<ScopedSamples> OrganizationAsync(LotseAppFactory factory, string? role)
    {
        var (inside, outside) = await OrganizationsAsync(factory, role);
        return Samples(role, "/intern/organisationen/{0}", inside, outside);
    }

    public static async Task<ScopedSamples> LocationAsync(LotseAppFactory factory, string? role)
    {
        var (inside, outside) = await OrganizationsAsync(factory, role);
        return Samples(role, "/intern/orte/{0}",
            await DirectoryTestData.CreateLocationAsync(factory, "Ort Troisdorf", "Troisdorf", inside),
            await DirectoryTestData.CreateLocationAsync(factory, "Ort Siegburg", "Siegburg", outside));
    }

    public static async Task<ScopedSamples> ContactAsync(LotseAppFactory factory, string? role)
    {
        var (inside, outside) = await OrganizationsAsync(factory, role);
        var ownOffer = await DirectoryTestData.CreateOfferAsync(factory, "Matrix-Angebot Troisdorf", inside, "Troisdorf");
        var otherOffer = await DirectoryTestData.CreateOfferAsync(factory, "Matrix-Angebot Siegburg", outside, "Siegburg");
        return Samples(role, "/intern/kontakte/{0}",
            await DirectoryTestData.CreateContactAsync(factory, ownOffer, "Kontakt Troisdorf"),
            await DirectoryTestData.CreateContactAsync(factory, otherOffer, "Kontakt Siegburg"));
    }

    private static ScopedSamples Samples(string? role, string format, Guid inside, Guid outside) =>
        new(string.Format(format, inside), role is Roles.MunicipalityEditor or Roles.Provider ? string.Format(format, outside) : null);

    private static async Task<(Guid Inside, Guid Outside)> OrganizationsAsync(LotseAppFactory factory, string? role)
    {
        var inside = await DirectoryTestData.CreateOrganizationAsync(factory, "Matrix Troisdorf", "Troisdorf");
        var outside = await DirectoryTestData.CreateOrganizationAsync(factory, "Matrix Siegburg", "Siegburg");
        if (role == Roles.Provider)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LotseUser>>();
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            foreach (var user in await users.GetUsersInRoleAsync(Roles.Provider))
                db.UserOrganizations.Add(new UserOrganization { UserId = user.Id, OrganizationId = inside });
            await db.SaveChangesAsync();
        }
        return (inside, outside);
    }
}
