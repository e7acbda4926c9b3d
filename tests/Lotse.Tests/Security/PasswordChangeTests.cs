using System.Net;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Security;

/// <summary>
/// ASVS V2.1.5/V2.1.6 (own password change with the current one), V3.3.3 (the change ends the account's other
/// sessions, not this one) and V2.2.3 (the owner is told by mail): through the real form at /intern/konto/passwort.
/// </summary>
public sealed class PasswordChangeTests : IDisposable
{
    // One app per test: the login's rate limit (10 a minute) would stop a shared one.
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    private const string NewPassword = "neue Passphrase fuer den Herbst";

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login()
    {
        var response = await AccountsTestData.CreateClient(_factory).GetAsync(AccountPaths.ChangePassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AccountPaths.Login, response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_in_German_and_the_old_password_still_works()
    {
        var (email, client) = await SignedInAsync();
        var response = await PostAsync(client, "falsches-passwort-123", NewPassword, NewPassword);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Equal("Das bisherige Passwort ist falsch.", page.QuerySelector("#fehler a[href='#Input_CurrentPassword']")?.TextContent);
        Assert.Contains("Das bisherige Passwort ist falsch.", page.QuerySelector("#Input_CurrentPassword-fehler")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#Input_CurrentPassword")?.GetAttribute("aria-invalid"));
        await AssertPasswordUnchangedAsync(email);
    }

    [Fact]
    public async Task Guessing_the_current_password_locks_the_account_like_failed_sign_ins()
    {
        var (email, client) = await SignedInAsync();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(client, $"falsch-geraten-{i}-xyz", NewPassword, NewPassword)).StatusCode);

        var right = await PostAsync(client, AccountsTestData.Password, NewPassword, NewPassword);
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.StartsWith("Nach mehreren falschen Passwörtern ist Ihr Konto vorübergehend gesperrt.",
            (await AccountsTestData.ParseAsync(right)).QuerySelector("#fehler a[href='#Input_CurrentPassword']")?.TextContent, StringComparison.Ordinal);
        var login = await AccountsTestData.PostLoginAsync(AccountsTestData.CreateClient(_factory), email, AccountsTestData.Password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Empty(await MailsToAsync(_factory, email));
    }

    [Fact]
    public async Task A_repetition_that_differs_is_refused()
    {
        var (email, client) = await SignedInAsync();
        var response = await PostAsync(client, AccountsTestData.Password, NewPassword, NewPassword + "x");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Equal("Die beiden Eingaben des neuen Passworts stimmen nicht überein.", page.QuerySelector("#fehler a[href='#Input_RepeatPassword']")?.TextContent);
        await AssertPasswordUnchangedAsync(email);
    }

    [Theory]
    [InlineData("kurz-11-zch", "Das Passwort muss mindestens 12 Zeichen lang sein.")]
    [InlineData("Passwort2024!!", "Dieses Passwort ist zu bekannt")]
    [InlineData("abcdabcdabcd", "Dieses Passwort ist zu bekannt")]
    public async Task A_too_short_or_common_new_password_is_refused_with_the_rule_it_breaks(string password, string message)
    {
        var (email, client) = await SignedInAsync();
        var response = await PostAsync(client, AccountsTestData.Password, password, password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.StartsWith(message, page.QuerySelector("#fehler a[href='#Input_NewPassword']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(message, page.QuerySelector("#Input_NewPassword-fehler")?.TextContent, StringComparison.Ordinal);
        await AssertPasswordUnchangedAsync(email);
    }

    [Fact]
    public async Task Empty_fields_are_refused_each_with_its_own_message()
    {
        var (email, client) = await SignedInAsync();
        var response = await PostAsync(client, "", "", "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Equal(3, page.QuerySelectorAll("#fehler li").Length);
        Assert.NotNull(page.QuerySelector("#fehler a[href='#Input_NewPassword']"));
        await AssertPasswordUnchangedAsync(email);
    }

    [Fact]
    public async Task The_form_states_the_password_rules_under_the_new_password_field()
    {
        var (_, client) = await SignedInAsync();
        var page = await AccountsTestData.ParseAsync(await client.GetAsync(AccountPaths.ChangePassword));

        var hint = page.QuerySelector("#Input_NewPassword-hinweis")?.TextContent ?? "";
        Assert.StartsWith("Mindestens 12 Zeichen, davon mindestens 4 verschiedene, höchstens 128.", hint, StringComparison.Ordinal);
        Assert.Equal("Input_NewPassword-hinweis", page.QuerySelector("#Input_NewPassword")?.GetAttribute("aria-describedby"));
        Assert.Equal("new-password", page.QuerySelector("#Input_NewPassword")?.GetAttribute("autocomplete"));
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused()
    {
        var (email, client) = await SignedInAsync();
        var response = await client.PostAsync(AccountPaths.ChangePassword, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = AccountsTestData.Password,
            ["Input.NewPassword"] = NewPassword,
            ["Input.RepeatPassword"] = NewPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertPasswordUnchangedAsync(email);
    }

    [Fact]
    public async Task After_the_change_the_new_password_signs_in_other_sessions_end_and_this_one_stays()
    {
        var (email, client) = await SignedInAsync();
        var other = await AccountsTestData.SignedInClientAsync(_factory, email);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/intern/")).StatusCode);

        var response = await PostAsync(client, AccountsTestData.Password, NewPassword, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var confirmation = await AccountsTestData.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Equal("Ihr Passwort wurde geändert.", confirmation.QuerySelector("[role=status] h2")?.TextContent);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/intern/")).StatusCode);
        var ended = await other.GetAsync("/intern/");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal(AccountPaths.Login, ended.Headers.Location!.AbsolutePath);

        var withNew = await AccountsTestData.PostLoginAsync(AccountsTestData.CreateClient(_factory), email, NewPassword);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        var withOld = await AccountsTestData.PostLoginAsync(AccountsTestData.CreateClient(_factory), email, AccountsTestData.Password);
        Assert.NotEqual(HttpStatusCode.Redirect, withOld.StatusCode);
    }

    [Fact]
    public async Task The_owner_gets_a_notice_mail_without_the_password()
    {
        var (email, client) = await SignedInAsync();
        Assert.Empty(await MailsToAsync(_factory, email));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, AccountsTestData.Password, NewPassword, NewPassword)).StatusCode);

        var mail = Assert.Single(await MailsToAsync(_factory, email));
        Assert.Equal("Lotse: Ihr Passwort wurde geändert", mail.Subject);
        Assert.Contains("wurde geändert, am ", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Kommunalen Integrationszentrums (KIZ)", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountsTestData.Password, mail.Body, StringComparison.Ordinal);
        Assert.Null(mail.SentAt);
    }

    [Fact]
    public async Task The_start_page_links_to_the_form()
    {
        var (_, client) = await SignedInAsync();
        var start = await AccountsTestData.ParseAsync(await client.GetAsync("/intern/"));
        Assert.Equal("Passwort ändern", start.QuerySelector($"a[href='{AccountPaths.ChangePassword}']")?.TextContent);
    }

    /// <summary>The mails queued to an address, oldest first (also used by the second-factor tests).</summary>
    internal static async Task<List<Lotse.Features.Editorial.Freshness.OutgoingMail>> MailsToAsync(LotseAppFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        return await db.OutgoingMails.AsNoTracking().Where(m => m.To == email).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    private async Task<(string Email, HttpClient Client)> SignedInAsync()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.MunicipalityEditor);
        return (email, await AccountsTestData.SignedInClientAsync(_factory, email));
    }

    private async Task AssertPasswordUnchangedAsync(string email)
    {
        Assert.Empty(await MailsToAsync(_factory, email));
        var old = await AccountsTestData.PostLoginAsync(AccountsTestData.CreateClient(_factory), email, AccountsTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string current, string fresh, string repeat)
    {
        var token = await SecurityTestData.TokenFromAsync(client, AccountPaths.ChangePassword);
        return await client.PostAsync(AccountPaths.ChangePassword, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = fresh,
            ["Input.RepeatPassword"] = repeat,
            ["__RequestVerificationToken"] = token,
        }));
    }
}
