using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Editorial.Directory;

/// <summary>
/// Entries for the access matrix: one inside the scope of the matrix's Redaktion Kommune (Troisdorf) and Träger
/// account (linked to the Troisdorf organization), one outside both (Siegburg).
/// </summary>
public static class DirectoryAccessSamples
{
    public const string Organization = "organization";
    public const string Location = "location";
    public const string Contact = "contact";

    /// <summary>A seeded term (reference data, same id everywhere).</summary>
    public static readonly Guid Term = StableId.From($"term:{TaxonomyCodes.OfferType}", "treffpunkt");

    public static async Task<IReadOnlyDictionary<string, (Guid Inside, Guid Outside)>> CreateAsync(LotseAppFactory factory, string providerEmail)
    {
        var ownOrganization = await DirectoryTestData.CreateOrganizationAsync(factory, "Matrix Troisdorf", "Troisdorf");
        var otherOrganization = await DirectoryTestData.CreateOrganizationAsync(factory, "Matrix Siegburg", "Siegburg");
        await DirectoryTestData.LinkProviderAsync(factory, providerEmail, ownOrganization);
        var ownOffer = await DirectoryTestData.CreateOfferAsync(factory, "Matrix-Angebot Troisdorf", ownOrganization, "Troisdorf");
        var otherOffer = await DirectoryTestData.CreateOfferAsync(factory, "Matrix-Angebot Siegburg", otherOrganization, "Siegburg");
        return new Dictionary<string, (Guid, Guid)>
        {
            [Organization] = (ownOrganization, otherOrganization),
            [Location] = (await DirectoryTestData.CreateLocationAsync(factory, "Ort Troisdorf", "Troisdorf", ownOrganization),
                await DirectoryTestData.CreateLocationAsync(factory, "Ort Siegburg", "Siegburg", otherOrganization)),
            [Contact] = (await DirectoryTestData.CreateContactAsync(factory, ownOffer, "Kontakt Troisdorf"),
                await DirectoryTestData.CreateContactAsync(factory, otherOffer, "Kontakt Siegburg")),
        };
    }
}
