using System.Net;
using AngleSharp.Html.Dom;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Security;

/// <summary>
/// ASVS V3.3.4: a signed-in account sees its sign-ins (browser, since when, last active) at /intern/konto/anmeldungen
/// and ends any other one there; an ended sign-in no longer reaches the back office.
/// </summary>
public sealed class SignInSessionTests : IDisposable
{
    private const string Firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    private const string Phone = "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 Chrome/141.0 Mobile Safari/537.36";
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_list_shows_every_browser_and_ending_one_signs_it_out()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.CountyEditor);
        var desk = await SignInAsync(email, Firefox);
        var phone = await SignInAsync(email, Phone);

        var page = await ListAsync(desk);
        var rows = page.QuerySelectorAll("#anmeldungen tbody tr");
        Assert.Equal(2, rows.Length);
        var own = Assert.Single(rows, r => r.TextContent.Contains("Diese Anmeldung", StringComparison.Ordinal));
        Assert.Contains("Firefox/140.0", own.TextContent, StringComparison.Ordinal);
        var other = Assert.Single(rows, r => r != own);
        Assert.Contains("Android 15", other.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"\d\d\.\d\d\.\d{4} \d\d:\d\d", other.TextContent);

        var ended = await PostAsync(desk, "End", other.GetAttribute("data-session"));
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal($"{AccountPaths.Sessions}?beendet=1", ended.Headers.Location!.OriginalString);
        Assert.Contains("Die Anmeldung wurde beendet.", (await ListAsync(desk, "?beendet=1")).Body!.TextContent);

        var phoneAfter = await phone.GetAsync(AccountPaths.Start);
        Assert.Equal(HttpStatusCode.Redirect, phoneAfter.StatusCode);
        Assert.StartsWith(AccountPaths.Login, phoneAfter.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync(AccountPaths.Start)).StatusCode);
        Assert.Single((await ListAsync(desk)).QuerySelectorAll("#anmeldungen tbody tr"));
    }

    [Fact]
    public async Task All_others_end_at_once_and_this_one_stays()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.Reader);
        var desk = await SignInAsync(email, Firefox);
        var others = new[] { await SignInAsync(email, Phone), await SignInAsync(email, "Tablet") };

        var response = await PostAsync(desk, "EndOthers", null);

        Assert.Equal($"{AccountPaths.Sessions}?beendet=2", response.Headers.Location!.OriginalString);
        Assert.Contains("2 Anmeldungen wurden beendet.", (await ListAsync(desk, "?beendet=2")).Body!.TextContent);
        foreach (var client in others)
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(AccountPaths.Start)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync(AccountPaths.Start)).StatusCode);
    }

    [Fact]
    public async Task Another_accounts_sign_in_cannot_be_ended_and_bad_ids_are_refused_in_german()
    {
        var mine = await SignInAsync(await AccountsTestData.CreateAccountAsync(_factory, Roles.Reader), Firefox);
        var stranger = await SignInAsync(await AccountsTestData.CreateAccountAsync(_factory, Roles.CountyEditor), Phone);
        var strangersSession = (await ListAsync(stranger)).QuerySelector("#anmeldungen tbody tr")!.GetAttribute("data-session");
        var ownSession = (await ListAsync(mine)).QuerySelector("#anmeldungen tbody tr")!.GetAttribute("data-session");

        var foreign = await PostAsync(mine, "End", strangersSession);
        Assert.Equal($"{AccountPaths.Sessions}?beendet=0", foreign.Headers.Location!.OriginalString);
        Assert.Contains("Diese Anmeldung war bereits beendet.", (await ListAsync(mine, "?beendet=0")).Body!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync(AccountPaths.Start)).StatusCode);

        var garbage = await PostAsync(mine, "End", "'; DROP TABLE SignInSessions; --");
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Contains("Diese Anmeldung gibt es nicht.", (await AccountsTestData.ParseAsync(garbage)).QuerySelector("#fehler")!.TextContent);

        var own = await PostAsync(mine, "End", ownSession);
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("„Abmelden“", (await AccountsTestData.ParseAsync(own)).QuerySelector("#fehler")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await mine.GetAsync(AccountPaths.Start)).StatusCode);
    }

    [Fact]
    public async Task Sign_out_and_password_change_leave_no_ended_sign_in_in_the_list()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.Reader);
        var desk = await SignInAsync(email, Firefox);
        await SignInAsync(email, Phone);

        var token = await SecurityTestData.TokenFromAsync(desk, AccountPaths.ChangePassword);
        const string newPassword = "Lotse-Sitzung-2026-neu!";
        var changed = await desk.PostAsync(AccountPaths.ChangePassword, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = AccountsTestData.Password,
            ["Input.NewPassword"] = newPassword,
            ["Input.RepeatPassword"] = newPassword,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var rows = (await ListAsync(desk)).QuerySelectorAll("#anmeldungen tbody tr");
        Assert.Contains("Diese Anmeldung", Assert.Single(rows).TextContent, StringComparison.Ordinal);

        await SecurityTestData.LogoutAsync(desk);
        Assert.Equal(0, await SessionRowsAsync(email));
    }

    private async Task<HttpClient> SignInAsync(string email, string browser)
    {
        var client = AccountsTestData.CreateClient(_factory);
        client.DefaultRequestHeaders.UserAgent.ParseAdd(browser);
        var login = await AccountsTestData.PostLoginAsync(client, email, AccountsTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    private static async Task<IHtmlDocument> ListAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync(AccountPaths.Sessions + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await AccountsTestData.ParseAsync(response);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, string? session)
    {
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = await SecurityTestData.TokenFromAsync(client, AccountPaths.Sessions) };
        if (session is not null)
            fields["sitzung"] = session;
        return await client.PostAsync($"{AccountPaths.Sessions}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private async Task<int> SessionRowsAsync(string email)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Lotse.Data.LotseDbContext>();
        return await db.SignInSessions.CountAsync(s => db.Users.Any(u => u.Id == s.UserId && u.Email == email));
    }
}
