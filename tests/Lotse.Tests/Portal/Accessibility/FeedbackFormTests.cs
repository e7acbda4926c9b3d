using System.Globalization;
using System.Net;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using static Lotse.Tests.Portal.Accessibility.FeedbackTestData;

namespace Lotse.Tests.Portal.Accessibility;

public sealed class FeedbackFormTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_message_is_stored_and_its_receipt_confirmed_with_the_date()
    {
        var client = AccountsTestData.CreateClient(_factory);

        var response = await SendAsync(client, new()
        {
            ["Input.Message"] = "Der Filter lässt sich nicht mit der Tastatur bedienen.",
            ["Input.PageUrl"] = "https://portal.example/de/suche",
            ["Input.Name"] = "Erika Muster",
            ["Input.Email"] = "erika@beispiel.de",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = Assert.Single(await StoredAsync(_factory));
        Assert.Equal("Der Filter lässt sich nicht mit der Tastatur bedienen.", stored.Message);
        Assert.Equal("https://portal.example/de/suche", stored.PageUrl);
        Assert.Equal("Erika Muster", stored.Name);
        Assert.Equal("erika@beispiel.de", stored.Email);
        var confirmation = await AccountsTestData.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Contains("Vielen Dank für Ihre Rückmeldung", confirmation.QuerySelector("h1")!.TextContent);
        var berlin = TimeZoneInfo.ConvertTimeFromUtc(stored.CreatedAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        Assert.Contains($"am {berlin.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("de-DE"))} bei uns eingegangen", confirmation.Body!.TextContent);
    }

    [Fact]
    public async Task Invalid_input_answers_400_with_field_messages_and_stores_nothing()
    {
        var client = AccountsTestData.CreateClient(_factory);

        foreach (var (fields, field, message) in new (Dictionary<string, string>, string, string)[]
        {
            (new() { ["Input.Message"] = "  " }, "Input_Message", "Bitte geben Sie Ihre Nachricht ein."),
            (new() { ["Input.Message"] = new string('x', 4001) }, "Input_Message", "höchstens 4.000 Zeichen"),
            (new() { ["Input.Message"] = "Hinweis", ["Input.Email"] = "keine-adresse" }, "Input_Email", "gültige E-Mail-Adresse"),
            (new() { ["Input.Message"] = "Hinweis", ["Input.PageUrl"] = "javascript:alert(1)" }, "Input_PageUrl", "Internet-Adresse"),
        })
        {
            var response = await SendAsync(client, fields);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await AccountsTestData.ParseAsync(response);
            Assert.Contains(message, page.GetElementById(field + "-fehler")!.TextContent);
            Assert.Contains(page.QuerySelectorAll("#fehler a"), a => a.GetAttribute("href") == "#" + field);
        }
        Assert.Empty(await StoredAsync(_factory));
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused()
    {
        var client = AccountsTestData.CreateClient(_factory);

        var response = await client.PostAsync(FormPath, new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Message"] = "Hinweis" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await StoredAsync(_factory));
    }

    [Fact]
    public async Task A_filled_honeypot_gets_the_confirmation_but_nothing_is_stored()
    {
        var client = AccountsTestData.CreateClient(_factory);

        var response = await SendAsync(client, new() { ["Input.Message"] = "Werbung", ["Fax"] = "spam" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await StoredAsync(_factory));
    }

    [Fact]
    public async Task The_sixth_message_within_ten_minutes_gets_a_German_429_page_and_is_not_stored()
    {
        var client = AccountsTestData.CreateClient(_factory);
        for (var i = 1; i <= 5; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(client, new() { ["Input.Message"] = $"Hinweis {i}" })).StatusCode);

        var refused = await SendAsync(client, new() { ["Input.Message"] = "Hinweis 6" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Zu viele Rückmeldungen", (await AccountsTestData.ParseAsync(refused)).Body!.TextContent);
        Assert.Equal(5, (await StoredAsync(_factory)).Count);
    }
}
