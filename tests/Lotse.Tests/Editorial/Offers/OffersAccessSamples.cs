using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial;
using Lotse.Features.Editorial.Revisions;
using Lotse.Features.Editorial.Suggestions;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Editorial.Offers;

/// <summary>A page of an entry inside the caller's scope, and one outside it (null when the role sees everything).</summary>
public sealed record ScopedSamples(string Inside, string? Outside);

/// <summary>Entries for the access matrix's {id} routes of offers and revisions, made for one role at a time.</summary>
public static class OffersAccessSamples
{
    public static Task<ScopedSamples> OfferAsync(LotseAppFactory factory, string? role) =>
        OfferPageAsync(factory, role, "/intern/angebote/{0}");

    /// <summary>Any page about one offer; <paramref name="pathFormat"/> has the offer's id as {0}.</summary>
    public static async Task<ScopedSamples> OfferPageAsync(LotseAppFactory factory, string? role, string pathFormat)
    {
        var (inside, outside) = await OffersAsync(factory, role);
        return new(string.Format(pathFormat, inside.Id), outside is null ? null : string.Format(pathFormat, outside.Id));
    }

    public static async Task<ScopedSamples> RevisionAsync(LotseAppFactory factory, string? role)
    {
        var (inside, outside) = await OffersAsync(factory, role);
        return new($"/intern/revisionen/{await AddRevisionAsync(factory, inside)}",
            outside is null ? null : $"/intern/revisionen/{await AddRevisionAsync(factory, outside)}");
    }

    public static async Task<ScopedSamples> SuggestionAsync(LotseAppFactory factory, string? role)
    {
        var (inside, outside) = await OffersAsync(factory, role);
        return new($"/intern/vorschlaege/{await AddSuggestionAsync(factory, inside)}",
            outside is null ? null : $"/intern/vorschlaege/{await AddSuggestionAsync(factory, outside)}");
    }

    private static async Task<Guid> AddSuggestionAsync(LotseAppFactory factory, Offer offer)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var suggestion = new Suggestion { Id = Guid.NewGuid(), OfferId = offer.Id, CreatedAt = DateTime.UtcNow, Comment = "Telefonnummer stimmt nicht", ProposedPhone = "02241 1" };
        db.Suggestions.Add(suggestion);
        await db.SaveChangesAsync();
        return suggestion.Id;
    }

    /// <summary>A contact person's page: only roles that see every entry may open it, so there is no outside.</summary>
    public static async Task<ScopedSamples> ContactPersonAsync(LotseAppFactory factory, string? role)
    {
        var offer = await OffersTestData.AddOfferAsync(factory, "Mit Ansprechperson", OffersTestData.Troisdorf, OfferStatus.Published);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var contact = new Contact { Id = Guid.NewGuid(), OfferId = offer.Id, Name = "Erika Muster", Email = "erika.muster@test.example" };
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return new($"/intern/datenschutz/{contact.Id}", null);
    }

    // Scope as the matrix's accounts have it: Redaktion Kommune for Troisdorf, Träger for the organization made here.
    private static async Task<(Offer Inside, Offer? Outside)> OffersAsync(LotseAppFactory factory, string? role)
    {
        var inside = await OffersTestData.AddOfferAsync(factory, "Im Bereich", OffersTestData.Troisdorf, OfferStatus.Published);
        var outside = await OffersTestData.AddOfferAsync(factory, "Außerhalb", OffersTestData.Siegburg, OfferStatus.Published);
        if (role == Roles.Provider)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LotseUser>>();
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            foreach (var user in await users.GetUsersInRoleAsync(Roles.Provider))
                db.UserOrganizations.Add(new UserOrganization { UserId = user.Id, OrganizationId = inside.OrganizationId });
            await db.SaveChangesAsync();
        }
        return role is Roles.MunicipalityEditor or Roles.Provider ? (inside, outside) : (inside, null);
    }

    private static async Task<Guid> AddRevisionAsync(LotseAppFactory factory, Offer offer)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var loaded = await OfferSnapshot.LoadOfferAsync(db, offer.Id, CancellationToken.None);
        var revision = new OfferRevision
        {
            Id = Guid.NewGuid(),
            OfferId = offer.Id,
            SnapshotJson = (OfferSnapshot.Capture(loaded!) with { Name = offer.Name + " (neu)" }).ToJson(),
            BaseConcurrencyStamp = loaded!.ConcurrencyStamp,
            SubmittedByEmail = "traeger@test.example",
            SubmittedAt = DateTime.UtcNow,
        };
        db.OfferRevisions.Add(revision);
        await db.SaveChangesAsync();
        return revision.Id;
    }
}
