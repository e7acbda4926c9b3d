using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Editorial.Offers;

/// <summary>Scope rows, signed-in clients per role, and the back office's forms read and posted as a browser would.</summary>
public static class OffersTestData
{
    public const string Troisdorf = "05382068";
    public const string Siegburg = "05382060";

    /// <summary>A signed-in client of <paramref name="role"/>; a Träger gets <paramref name="organizationId"/> as its scope.</summary>
    public static async Task<(HttpClient Client, string Email)> SignInAsync(LotseAppFactory factory, string role, Guid? organizationId = null)
    {
        var email = await AccountsTestData.CreateAccountAsync(factory, role);
        if (organizationId is { } org)
            await AddOrganizationScopeAsync(factory, email, org);
        return (await AccountsTestData.SignedInClientAsync(factory, email), email);
    }

    public static async Task AddOrganizationScopeAsync(LotseAppFactory factory, string email, Guid organizationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        db.UserOrganizations.Add(new UserOrganization { UserId = userId, OrganizationId = organizationId });
        await db.SaveChangesAsync();
    }

    public static Task<Offer> AddOfferAsync(LotseAppFactory factory, string name, string municipalityCode = Troisdorf,
        OfferStatus status = OfferStatus.Draft, Action<Offer, LotseDbContext>? configure = null) =>
        TestOffers.AddAsync(factory, (offer, db) =>
        {
            offer.Name = name;
            offer.Description = $"{name}: die erste Beschreibung.";
            configure?.Invoke(offer, db);
        }, status, municipalityCode);

    public static async Task<T> QueryAsync<T>(LotseAppFactory factory, Func<LotseDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LotseDbContext>());
    }

    public static Task<Offer> LoadOfferAsync(LotseAppFactory factory, Guid id) =>
        QueryAsync(factory, db => db.Offers.AsNoTracking().Include(o => o.Schedules).Include(o => o.CostOptions).SingleAsync(o => o.Id == id));

    public static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: {(int)response.StatusCode}, expected {(int)expected}\n{Excerpt(html)}");
        return new HtmlParser().ParseDocument(html);
    }

    /// <summary>The fields a browser would send for <paramref name="form"/> as it is (checked boxes, selected options, texts).</summary>
    public static List<KeyValuePair<string, string>> Fields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
                continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                        fields.Add(new(name, box.Value));
                    break;
                case IHtmlInputElement input when input.Type is not ("submit" or "button"):
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.SelectedOptions.FirstOrDefault()?.Value ?? select.Options.FirstOrDefault()?.Value ?? ""));
                    break;
            }
        }
        return fields;
    }

    public static IHtmlFormElement Form(IHtmlDocument page, string selector = "form#angebot") =>
        (IHtmlFormElement)(page.QuerySelector(selector) ?? throw new InvalidOperationException($"No {selector} on the page:\n{Excerpt(page.DocumentElement.OuterHtml)}"));

    /// <summary>Replaces (or adds) every value of <paramref name="name"/>.</summary>
    public static List<KeyValuePair<string, string>> Set(this List<KeyValuePair<string, string>> fields, string name, params string[] values)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v)));
        return fields;
    }

    public static string Get(this List<KeyValuePair<string, string>> fields, string name) => fields.First(f => f.Key == name).Value;

    /// <summary>GETs the page, lets <paramref name="change"/> edit the form's fields and POSTs them with the antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, Action<List<KeyValuePair<string, string>>> change, string selector = "form#angebot")
    {
        var page = await GetPageAsync(client, pageUrl);
        var form = Form(page, selector);
        var fields = Fields(form);
        change(fields);
        return await client.PostAsync(ActionOf(form, pageUrl), new FormUrlEncodedContent(fields));
    }

    public static string ActionOf(IHtmlFormElement form, string pageUrl)
    {
        var action = form.GetAttribute("action");
        return string.IsNullOrEmpty(action) ? pageUrl : action;
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public static string Text(this IElement? element) =>
        System.Text.RegularExpressions.Regex.Replace(element?.TextContent ?? "", @"\s+", " ").Trim();

    public static string Excerpt(string html) => html[..Math.Min(html.Length, 3000)];
}
