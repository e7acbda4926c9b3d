using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Accounts;

/// <summary>The login form under /intern/anmelden, through HTTP; each test has its own app.</summary>
public sealed class LoginTests : IDisposable
{
    private const string FailedMessage = "E-Mail-Adresse oder Passwort ist falsch.";
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Correct_password_signs_in_with_a_protected_cookie_and_returns_to_the_requested_page()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.CountyEditor);
        var client = AccountsTestData.CreateClient(_factory);

        var anonymous = await client.GetAsync("/intern/");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/intern/anmelden", anonymous.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Fintern%2F", anonymous.Headers.Location.Query, StringComparison.Ordinal);

        var login = await AccountsTestData.PostLoginAsync(client, email, AccountsTestData.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/intern/", login.Headers.Location!.OriginalString);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lotse.anmeldung=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var startResponse = await client.GetAsync("/intern/");
        Assert.True(startResponse.Headers.CacheControl?.NoStore, "back-office pages must not be cached");
        var start = await AccountsTestData.ParseAsync(startResponse);
        Assert.Contains(email, start.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Redaktion Kreis", start.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("alle Einträge", start.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_address_get_the_same_German_message_linked_to_the_field()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.Reader);
        var client = AccountsTestData.CreateClient(_factory);

        var wrongPassword = await AccountsTestData.PostLoginAsync(client, email, "falsches-passwort-123");
        var unknownUser = await AccountsTestData.PostLoginAsync(client, "niemand@test.example", "falsches-passwort-123");

        foreach (var response in new[] { wrongPassword, unknownUser })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await AccountsTestData.ParseAsync(response);
            var link = page.QuerySelector("#fehler a[href='#Input_Email']");
            Assert.NotNull(link);
            Assert.StartsWith(FailedMessage, link!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("input#Input_Email"));
        }
    }

    [Fact]
    public async Task Empty_fields_are_named_in_the_error_summary()
    {
        var client = AccountsTestData.CreateClient(_factory);
        var response = await AccountsTestData.PostLoginAsync(client, "", "");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Equal("Bitte geben Sie Ihre E-Mail-Adresse ein.", page.QuerySelector("#fehler a[href='#Input_Email']")?.TextContent);
        Assert.Equal("Bitte geben Sie Ihr Passwort ein.", page.QuerySelector("#fehler a[href='#Input_Password']")?.TextContent);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_even_against_the_right_one()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.Reader);
        var client = AccountsTestData.CreateClient(_factory);
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await AccountsTestData.PostLoginAsync(client, email, $"falsch-falsch-{i}")).StatusCode);

        var right = await AccountsTestData.PostLoginAsync(client, email, AccountsTestData.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.StartsWith(FailedMessage, (await AccountsTestData.ParseAsync(right)).QuerySelector("#fehler a")?.TextContent, StringComparison.Ordinal);
        await using var scope = _factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<LotseUser>>().FindByEmailAsync(email);
        Assert.InRange(user!.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task Login_without_antiforgery_token_is_refused_with_400()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.Reader);
        var client = AccountsTestData.CreateClient(_factory);
        var response = await client.PostAsync(AccountPaths.Login, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountsTestData.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Ungültige Anfrage", (await AccountsTestData.ParseAsync(response)).QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("lotse.anmeldung=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task More_than_ten_login_attempts_a_minute_get_a_German_429_page()
    {
        var client = AccountsTestData.CreateClient(_factory);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
            statuses.Add((await AccountsTestData.PostLoginAsync(client, "niemand@test.example", "falsches-passwort-123")).StatusCode);

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        var last = await AccountsTestData.PostLoginAsync(client, "niemand@test.example", "x");
        Assert.Equal("Zu viele Anfragen", (await AccountsTestData.ParseAsync(last)).QuerySelector("h1")?.TextContent);
        // The form itself stays reachable.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(AccountPaths.Login)).StatusCode);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.Reader);
        var client = await AccountsTestData.SignedInClientAsync(_factory, email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/intern/")).StatusCode);

        var form = await AccountsTestData.ParseAsync(await client.GetAsync(AccountPaths.Logout));
        var token = ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        var logout = await client.PostAsync(AccountPaths.Logout, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/intern/")).StatusCode);
    }
}
