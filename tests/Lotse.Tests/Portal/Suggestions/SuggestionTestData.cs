using System.Net;
using AngleSharp.Html.Dom;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Suggestions;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Portal.Suggestions;

/// <summary>Offers with contact data, a place and opening hours; real form posts; suggestions read back from the database.</summary>
public static class SuggestionTestData
{
    public static Task<Offer> AddOfferAsync(LotseAppFactory factory, string municipality = PortalTestData.Troisdorf, OfferStatus status = OfferStatus.Published) =>
        TestOffers.AddAsync(factory, (offer, db) =>
        {
            offer.Name = "Sprachcafé am Markt";
            offer.Description = "Wir treffen uns jede Woche zum Deutschsprechen.";
            offer.Phone = "02241 123456";
            offer.Email = "cafe@traeger.example";
            offer.Url = "https://cafe.example";
            var municipalityId = offer.MunicipalityId;
            offer.Locations.Add(new Location
            {
                Id = Guid.NewGuid(),
                Name = "Bürgerhaus",
                Street = "Marktplatz 1",
                PostalCode = "53840",
                City = "Troisdorf",
                MunicipalityId = municipalityId,
            });
            offer.Schedules.Add(new Schedule { Id = Guid.NewGuid(), Weekday = DayOfWeek.Monday, OpensAt = new TimeOnly(9, 0), ClosesAt = new TimeOnly(12, 0) });
        }, status, municipality);

    public static string FormPath(Guid offerId) => $"/de/angebote/{offerId}/vorschlag";

    /// <summary>GETs the form and returns the field values it shows (prefilled with the offer) and its antiforgery token.</summary>
    public static async Task<Dictionary<string, string>> ReadFormAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await AccountsTestData.ParseAsync(response);
        var form = document.QuerySelectorAll("form").OfType<IHtmlFormElement>().Single(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase));
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } box:
                    if (box.IsChecked)
                        fields[box.Name!] = box.Value;
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields[input.Name] = input.Value;
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields[area.Name] = area.Value;
                    break;
            }
        }
        return fields;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(path, new FormUrlEncodedContent(fields));

    /// <summary>Sends a suggestion through the real form: its prefilled values, changed by <paramref name="changes"/>.</summary>
    public static async Task<HttpResponseMessage> SuggestAsync(HttpClient client, Guid offerId, Dictionary<string, string> changes)
    {
        var fields = await ReadFormAsync(client, FormPath(offerId));
        foreach (var (key, value) in changes)
            fields[key] = value;
        return await PostAsync(client, FormPath(offerId), fields);
    }

    public static async Task<List<Suggestion>> SuggestionsAsync(LotseAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        return await db.Suggestions.AsNoTracking().ToListAsync();
    }

    public static async Task<Offer> OfferAsync(LotseAppFactory factory, Guid offerId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        return await db.Offers.AsNoTracking().Include(o => o.Locations).Include(o => o.Schedules).SingleAsync(o => o.Id == offerId);
    }

    /// <summary>A client whose cookies keep the antiforgery cookie between GET and POST, not following redirects.</summary>
    public static HttpClient Client(LotseAppFactory factory) => AccountsTestData.CreateClient(factory);

    /// <summary>A signed-in Redaktion Kommune account for the municipality with the given code.</summary>
    public static async Task<HttpClient> MunicipalityEditorAsync(LotseAppFactory factory, string municipalityCode)
    {
        var email = await AccountsTestData.CreateAccountAsync(factory, Roles.MunicipalityEditor);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<LotseUser>>().FindByEmailAsync(email);
            db.UserMunicipalities.RemoveRange(db.UserMunicipalities.Where(s => s.UserId == user!.Id));
            var municipality = await db.Municipalities.SingleAsync(m => m.Code == municipalityCode);
            db.UserMunicipalities.Add(new UserMunicipality { UserId = user!.Id, MunicipalityId = municipality.Id });
            await db.SaveChangesAsync();
        }
        return await AccountsTestData.SignedInClientAsync(factory, email);
    }
}
