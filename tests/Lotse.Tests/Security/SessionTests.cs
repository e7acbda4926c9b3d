using System.Net;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;

namespace Lotse.Tests.Security;

/// <summary>ASVS V3.3: a back-office session ends after 30 idle minutes, after 12 hours in any case, and at logout for every copy of its cookie.</summary>
public sealed class SessionTests : IDisposable
{
    private readonly ClockedAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Thirty_idle_minutes_end_the_session()
    {
        var client = await AccountsTestData.SignedInClientAsync(_factory, await AccountsTestData.CreateAccountAsync(_factory, Roles.Reader));
        _factory.Clock.Advance(TimeSpan.FromMinutes(25));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/intern/")).StatusCode);

        _factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var response = await client.GetAsync("/intern/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(AccountPaths.Login, response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activity_does_not_keep_a_session_beyond_twelve_hours()
    {
        var client = await AccountsTestData.SignedInClientAsync(_factory, await AccountsTestData.CreateAccountAsync(_factory, Roles.Reader));
        // A request every 25 minutes for 11 h 40 min: never idle long enough, so still signed in.
        for (var i = 0; i < 28; i++)
        {
            _factory.Clock.Advance(TimeSpan.FromMinutes(25));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/intern/")).StatusCode);
        }
        _factory.Clock.Advance(TimeSpan.FromMinutes(25));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/intern/")).StatusCode);
    }

    [Fact]
    public async Task A_copy_of_the_cookie_no_longer_signs_in_after_logout()
    {
        var email = await AccountsTestData.CreateAccountAsync(_factory, Roles.Reader);
        var client = AccountsTestData.CreateClient(_factory);
        var login = await AccountsTestData.PostLoginAsync(client, email, AccountsTestData.Password);
        // The cookie as a browser cache or an attacker would have kept it.
        var copy = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lotse.anmeldung=", StringComparison.Ordinal)).Split(';')[0];
        var bare = _factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await bare.SendAsync(WithCookie(copy))).StatusCode);

        await SecurityTestData.LogoutAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, (await bare.SendAsync(WithCookie(copy))).StatusCode);
    }

    private static HttpRequestMessage WithCookie(string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/intern/");
        request.Headers.Add("Cookie", cookie);
        return request;
    }
}
