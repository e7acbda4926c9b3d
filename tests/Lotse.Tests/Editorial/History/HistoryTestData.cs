using System.Net;
using System.Runtime.CompilerServices;
using AngleSharp.Html.Dom;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Editorial.History;

/// <summary>Helpers of the history tests: change an offer through EF as a command would, read forms.</summary>
public static class HistoryTestData
{
    public static async Task<HttpClient> SignInAsync(LotseAppFactory factory, string role) =>
        await AccountsTestData.SignedInClientAsync(factory, await AccountsTestData.CreateAccountAsync(factory, role));

    /// <summary>Loads the offer like an edit page does, lets <paramref name="change"/> edit it and saves.</summary>
    public static async Task ChangeOfferAsync(LotseAppFactory factory, Guid offerId, Action<Offer, LotseDbContext> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var offer = await db.Offers.Include(o => o.Terms).Include(o => o.Languages).SingleAsync(o => o.Id == offerId);
        change(offer, db);
        await db.SaveChangesAsync();
    }

    public static async Task<T> QueryAsync<T>(LotseAppFactory factory, Func<LotseDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LotseDbContext>());
    }

    public static async Task<IHtmlDocument> GetPageAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        return await AccountsTestData.ParseAsync(response);
    }

    /// <summary>The fields of a form on the page (hidden ones included), to post it as a browser would.</summary>
    public static Dictionary<string, string> Fields(IHtmlFormElement form) =>
        form.Elements.OfType<IHtmlInputElement>().Where(i => i.Name is not null && i.Type != "checkbox")
            .ToDictionary(i => i.Name!, i => i.Value);

    public static string SchemaPath([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "metadata.json");
}
