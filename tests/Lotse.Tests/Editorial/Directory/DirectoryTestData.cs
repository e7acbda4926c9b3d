using System.Net;
using AngleSharp.Html.Dom;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Editorial.Directory;

/// <summary>Entries and scope rows for the directory page tests, written straight to the test app's database.</summary>
public static class DirectoryTestData
{
    public static async Task<T> WithDbAsync<T>(LotseAppFactory factory, Func<LotseDbContext, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<LotseDbContext>());
    }

    public static Task<Guid> MunicipalityIdAsync(LotseAppFactory factory, string name) =>
        WithDbAsync(factory, db => db.Municipalities.Where(m => m.Name == name).Select(m => m.Id).SingleAsync());

    public static Task<Guid> CreateOrganizationAsync(LotseAppFactory factory, string name, string municipality) =>
        WithDbAsync(factory, async db =>
        {
            var organization = new Organization
            {
                Id = Guid.NewGuid(),
                Name = name,
                ActorType = "verein",
                MunicipalityId = await db.Municipalities.Where(m => m.Name == municipality).Select(m => m.Id).SingleAsync(),
            };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });

    public static Task<Guid> CreateLocationAsync(LotseAppFactory factory, string name, string municipality, Guid? organizationId = null) =>
        WithDbAsync(factory, async db =>
        {
            var location = new Location
            {
                Id = Guid.NewGuid(),
                Name = name,
                Street = "Hauptstraße 1",
                PostalCode = "53840",
                City = municipality,
                OrganizationId = organizationId,
                MunicipalityId = await db.Municipalities.Where(m => m.Name == municipality).Select(m => m.Id).SingleAsync(),
            };
            db.Locations.Add(location);
            await db.SaveChangesAsync();
            return location.Id;
        });

    public static Task<Guid> CreateOfferAsync(LotseAppFactory factory, string name, Guid organizationId, string municipality) =>
        WithDbAsync(factory, async db =>
        {
            var offer = new Offer
            {
                Id = Guid.NewGuid(),
                Name = name,
                Description = "Beschreibung",
                OrganizationId = organizationId,
                MunicipalityId = await db.Municipalities.Where(m => m.Name == municipality).Select(m => m.Id).SingleAsync(),
            };
            db.Offers.Add(offer);
            await db.SaveChangesAsync();
            return offer.Id;
        });

    public static Task<Guid> CreateContactAsync(LotseAppFactory factory, Guid offerId, string name) =>
        WithDbAsync(factory, async db =>
        {
            var contact = new Contact { Id = Guid.NewGuid(), OfferId = offerId, Name = name };
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });

    /// <summary>Lets a Träger account maintain an organization (a UserOrganizations row).</summary>
    public static Task LinkProviderAsync(LotseAppFactory factory, string email, Guid organizationId) =>
        WithDbAsync(factory, async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.UserOrganizations.Add(new UserOrganization { UserId = userId, OrganizationId = organizationId });
            return await db.SaveChangesAsync();
        });

    public static async Task<HttpClient> ClientAsync(LotseAppFactory factory, string role)
    {
        var email = await AccountsTestData.CreateAccountAsync(factory, role);
        return await AccountsTestData.SignedInClientAsync(factory, email);
    }

    /// <summary>GET a page and read its form (the one with a submit button) as field name → value, as a browser would send it.</summary>
    public static async Task<Dictionary<string, string>> GetFormAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return FormValues(await AccountsTestData.ParseAsync(response));
    }

    public static Dictionary<string, string> FormValues(IHtmlDocument page)
    {
        var form = page.QuerySelectorAll("form[method=post]").OfType<IHtmlFormElement>()
            .First(f => f.QuerySelector("input[name=__RequestVerificationToken]") is not null && f.QuerySelector("button[type=submit]:not([formaction])") is not null);
        var values = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    values[input.Name] = input.Value;
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values[area.Name] = area.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values[select.Name] = select.Value ?? "";
                    break;
            }
        }
        return values;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> values, params (string Name, string Value)[] changes)
    {
        var sent = new Dictionary<string, string>(values);
        foreach (var (name, value) in changes)
            sent[name] = value;
        return client.PostAsync(path, new FormUrlEncodedContent(sent));
    }

    /// <summary>The messages of the error summary, keyed by the field id they link to.</summary>
    public static async Task<Dictionary<string, string>> ErrorsAsync(HttpResponseMessage response)
    {
        var page = await AccountsTestData.ParseAsync(response);
        return page.QuerySelectorAll("#fehler a").OfType<IHtmlAnchorElement>()
            .GroupBy(a => a.GetAttribute("href")!.TrimStart('#'))
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(a => a.TextContent.Trim())));
    }
}
