using System.Net;
using AngleSharp.Html.Dom;
using Lotse.Data;
using Lotse.Data.Seed.Demo;
using Lotse.Features.Finance.Costs;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Finance.Costs;

/// <summary>Signed-in clients, form fields with their antiforgery token, and scenarios stored for a test.</summary>
public static class CostsTestData
{
    public static Guid FachstelleId => CostScenarios2013.FachstelleId;
    public static Guid KizId => CostScenarios2013.KizId;

    public static async Task<HttpClient> ClientAsync(LotseAppFactory factory, string role) =>
        await AccountsTestData.SignedInClientAsync(factory, await AccountsTestData.CreateAccountAsync(factory, role));

    /// <summary>GET a form page and return all named fields of its form (inputs, selects, textareas) with their values.</summary>
    public static async Task<Dictionary<string, string>> FormFieldsAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        var form = page.QuerySelectorAll("form").OfType<IHtmlFormElement>().First(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)
            && f.QuerySelector("input[name=__RequestVerificationToken]") is not null);
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
                    fields[input.Name!] = input.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields[select.Name!] = select.Value ?? "";
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields[area.Name!] = area.Value;
                    break;
            }
        }
        return fields;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IDictionary<string, string> fields) =>
        client.PostAsync(path, new FormUrlEncodedContent(fields));

    /// <summary>A scenario stored directly (not through the form), for API and access tests.</summary>
    public static async Task<Guid> StoreScenarioAsync(LotseAppFactory factory, string name, bool published)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var id = Guid.NewGuid();
        db.CostScenarios.Add(new CostScenario
        {
            Id = id,
            Name = name,
            Date = new DateOnly(2013, 1, 1),
            OverheadShare = 0.3m,
            IsPublished = published,
            Lines = [new CostScenarioLine { Id = Guid.NewGuid(), ScenarioId = id, Kind = CostScenarioLineKind.Position, Label = "A 11", Share = 1m }],
        });
        await db.SaveChangesAsync();
        return id;
    }
}
