using System.Net;
using AngleSharp.Html.Dom;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Editorial.Directory;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Network;

/// <summary>Deleting working groups, meetings and action items: a confirmed POST with the loaded stamp, never a GET.</summary>
public sealed class NetworkDeleteTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    /// <summary>The page's delete form: its action and its fields (token and stamp), the confirmation box left out.</summary>
    private static async Task<(string Action, Dictionary<string, string> Fields, string Text)> DeleteFormAsync(HttpClient client, string path)
    {
        var page = await AccountsTestData.ParseAsync(await client.GetAsync(path));
        var form = page.QuerySelectorAll("form[method=post]").OfType<IHtmlFormElement>().Single(f => f.GetAttribute("action") is { } a && a.Contains("handler=Delete", StringComparison.Ordinal));
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden").ToDictionary(i => i.Name!, i => i.Value);
        return (System.Net.WebUtility.HtmlDecode(form.GetAttribute("action")!), fields, form.TextContent);
    }

    private async Task<(HttpClient Client, Guid Group, Guid Meeting, Guid Item)> GroupAsync(string role = Roles.CountyEditor)
    {
        var a = await DirectoryTestData.CreateOrganizationAsync(_factory, "Fachstelle Test", "Siegburg");
        var (group, meeting, item) = await NetworkTestData.CreateGroupAsync(_factory, "AK Löschen", [a]);
        return (await DirectoryTestData.ClientAsync(_factory, role), group, meeting, item);
    }

    [Fact]
    public async Task An_action_item_is_deleted_only_when_confirmed_and_then_answers_404()
    {
        var (client, group, _, item) = await GroupAsync();
        var path = $"/intern/netzwerk/aufgaben/{item}";
        var (action, fields, _) = await DeleteFormAsync(client, path);

        Assert.Equal($"{path}?handler=Delete", action);
        var unconfirmed = await DirectoryTestData.PostAsync(client, action, fields);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal("Bitte bestätigen Sie das Löschen mit dem Kästchen.", (await DirectoryTestData.ErrorsAsync(unconfirmed))["Confirmed"]);
        Assert.Equal(1, await DirectoryTestData.WithDbAsync(_factory, db => db.ActionItems.CountAsync()));

        var deleted = await DirectoryTestData.PostAsync(client, action, fields, ("Confirmed", "true"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal($"/intern/netzwerk/arbeitskreise/{group}", deleted.Headers.Location!.OriginalString);
        Assert.Equal(0, await DirectoryTestData.WithDbAsync(_factory, db => db.ActionItems.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_meeting_is_not_deleted_over_a_newer_save_and_is_deleted_with_the_current_stamp()
    {
        var (client, _, meeting, _) = await GroupAsync();
        var path = $"/intern/netzwerk/sitzungen/{meeting}";
        var (action, fields, _) = await DeleteFormAsync(client, path);
        await DirectoryTestData.WithDbAsync(_factory, async db =>
        {
            (await db.Meetings.SingleAsync()).Place = "Kreishaus";
            return await db.SaveChangesAsync();
        });

        var stale = await DirectoryTestData.PostAsync(client, action, fields, ("Confirmed", "true"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1, await DirectoryTestData.WithDbAsync(_factory, db => db.Meetings.CountAsync()));

        (action, fields, _) = await DeleteFormAsync(client, path);
        Assert.Equal(HttpStatusCode.Redirect, (await DirectoryTestData.PostAsync(client, action, fields, ("Confirmed", "true"))).StatusCode);
        Assert.Equal(0, await DirectoryTestData.WithDbAsync(_factory, db => db.Meetings.CountAsync()));
        Assert.Equal(1, await DirectoryTestData.WithDbAsync(_factory, db => db.ActionItems.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_working_group_is_deleted_with_its_meetings_and_tasks_and_the_confirmation_says_so()
    {
        var (client, group, meeting, item) = await GroupAsync();
        var path = $"/intern/netzwerk/arbeitskreise/{group}";
        var (action, fields, text) = await DeleteFormAsync(client, path);
        Assert.Contains("alle 1 Sitzungen", text);

        var deleted = await DirectoryTestData.PostAsync(client, action, fields, ("Confirmed", "true"));

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await DirectoryTestData.WithDbAsync(_factory, db => db.WorkingGroups.CountAsync()));
        Assert.Equal(0, await DirectoryTestData.WithDbAsync(_factory, db => db.Meetings.CountAsync()));
        Assert.Equal(0, await DirectoryTestData.WithDbAsync(_factory, db => db.ActionItems.CountAsync()));
        Assert.Equal(0, await DirectoryTestData.WithDbAsync(_factory, db => db.WorkingGroupMembers.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/intern/netzwerk/sitzungen/{meeting}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/intern/netzwerk/aufgaben/{item}")).StatusCode);
    }

    [Fact]
    public async Task A_reader_cannot_delete_anything()
    {
        var (editor, group, meeting, item) = await GroupAsync();
        var reader = await DirectoryTestData.ClientAsync(_factory, Roles.Reader);
        // The action item page shows readers its (disabled) form, so it gives the reader's own antiforgery token.
        var token = ((IHtmlInputElement)(await AccountsTestData.ParseAsync(await reader.GetAsync($"/intern/netzwerk/aufgaben/{item}"))).QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        foreach (var path in new[] { $"/intern/netzwerk/aufgaben/{item}", $"/intern/netzwerk/sitzungen/{meeting}", $"/intern/netzwerk/arbeitskreise/{group}" })
        {
            var (action, fields, _) = await DeleteFormAsync(editor, path);
            var page = await AccountsTestData.ParseAsync(await reader.GetAsync(path));
            Assert.Empty(page.QuerySelectorAll("form[action*='handler=Delete']"));
            fields["__RequestVerificationToken"] = token;
            Assert.Equal(HttpStatusCode.Forbidden, (await DirectoryTestData.PostAsync(reader, action, fields, ("Confirmed", "true"))).StatusCode);
        }
        Assert.Equal((1, 1, 1), await DirectoryTestData.WithDbAsync(_factory, async db => (await db.WorkingGroups.CountAsync(), await db.Meetings.CountAsync(), await db.ActionItems.CountAsync())));
    }
}
