using System.Net;
using AngleSharp.Html.Dom;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Editorial.History;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.Portal.Accessibility;

namespace Lotse.Tests.Editorial.AccessibilityFeedback;

/// <summary>The county's editors read the accessibility feedback, newest first, and close each message with a note.</summary>
public sealed class AccessibilityFeedbackInboxTests : IDisposable
{
    private const string Inbox = "/intern/barrierefreiheit";
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    private async Task SendAsync(string message, string? email = null)
    {
        var fields = new Dictionary<string, string> { ["Input.Message"] = message };
        if (email is not null)
            fields["Input.Email"] = email;
        var response = await FeedbackTestData.SendAsync(AccountsTestData.CreateClient(_factory), fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAnswerAsync(HttpClient client, IHtmlDocument page, int index, string note)
    {
        var form = page.QuerySelectorAll("form[method=post]").OfType<IHtmlFormElement>().ElementAt(index);
        var fields = HistoryTestData.Fields(form);
        fields["note"] = note;
        return await client.PostAsync(form.Action, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task Editors_see_messages_newest_first_with_the_senders_address_and_mark_one_answered()
    {
        await SendAsync("Der Kontrast der Filter ist zu schwach.", "erste@example.org");
        await SendAsync("Das Video fehlt.", "zweite@example.org");
        var client = await HistoryTestData.SignInAsync(_factory, Roles.CountyEditor);

        var page = await HistoryTestData.GetPageAsync(client, Inbox);
        var sections = page.QuerySelectorAll("main section");
        Assert.Equal(2, sections.Length);
        Assert.Contains("Das Video fehlt.", sections[0].TextContent);
        Assert.Contains("zweite@example.org", sections[0].TextContent);
        Assert.Contains("offen", sections[0].QuerySelector("h2")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == Inbox);

        var answered = await PostAnswerAsync(client, page, 0, "Am 26.11. per E-Mail geantwortet; Video ist beauftragt.");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        page = await HistoryTestData.GetPageAsync(client, Inbox);
        sections = page.QuerySelectorAll("main section");
        Assert.Contains("beantwortet", sections[0].QuerySelector("h2")!.TextContent);
        Assert.Contains("Video ist beauftragt", sections[0].TextContent);
        Assert.Null(sections[0].QuerySelector("form"));
        Assert.Contains("offen", sections[1].QuerySelector("h2")!.TextContent);
        Assert.Contains("Die Rückmeldung ist als beantwortet markiert.", page.Body!.TextContent);
    }

    [Fact]
    public async Task Marking_answered_without_a_note_is_refused_with_a_linked_error()
    {
        await SendAsync("Die Schrift ist zu klein.");
        var client = await HistoryTestData.SignInAsync(_factory, Roles.Administrator);
        var page = await HistoryTestData.GetPageAsync(client, Inbox);

        var response = await PostAnswerAsync(client, page, 0, "   ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var again = await AccountsTestData.ParseAsync(response);
        var link = again.QuerySelector("#fehler a")!;
        var field = again.GetElementById(link.GetAttribute("href")!.TrimStart('#'))!;
        Assert.Equal("TEXTAREA", field.TagName);
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Contains("Vermerk", link.TextContent);
        Assert.Contains("offen", again.QuerySelector("main section h2")!.TextContent);
    }

    [Theory]
    [InlineData(Roles.MunicipalityEditor)]
    [InlineData(Roles.Provider)]
    [InlineData(Roles.Reader)]
    public async Task Other_roles_neither_see_the_messages_nor_the_menu_entry(string role)
    {
        await SendAsync("Bitte größere Knöpfe.", "person@example.org");
        var client = await HistoryTestData.SignInAsync(_factory, role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Inbox)).StatusCode);
        var start = await HistoryTestData.GetPageAsync(client, "/intern");
        Assert.DoesNotContain(start.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == Inbox);
        Assert.DoesNotContain("person@example.org", start.Body!.TextContent, StringComparison.Ordinal);
    }
}
