using Lotse.Features.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lotse.Tests.Accounts;

/// <summary>
/// Outside development and tests, the login and antiforgery cookies are sent over https only and carry the
/// <c>__Host-</c> prefix, which browsers accept only with Secure, path / and no domain.
/// </summary>
public sealed class CookieSecurityTests
{
    private sealed class ProductionApp() : LotseAppFactory(demoData: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    [Fact]
    public async Task Production_cookies_are_secure_httponly_and_samesite()
    {
        using var app = new ProductionApp();
        var email = await AccountsTestData.CreateAccountAsync(app, Roles.Reader);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var form = await client.GetAsync(AccountPaths.Login);
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"));
        var login = await AccountsTestData.PostLoginAsync(client, email, AccountsTestData.Password);
        var session = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-lotse.anmeldung=", StringComparison.Ordinal));

        Assert.StartsWith("__Host-lotse.af=", antiforgery, StringComparison.Ordinal);
        foreach (var cookie in new[] { antiforgery, session })
        {
            Assert.Contains("; path=/;", cookie + ";", StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        }

        // The prefixed cookie works: the session it carries reaches the back office.
        var start = await client.GetAsync(AccountPaths.Start);
        Assert.Equal(System.Net.HttpStatusCode.OK, start.StatusCode);
    }

    [Fact]
    public async Task The_half_done_two_factor_sign_in_cookie_is_host_prefixed_too()
    {
        using var app = new ProductionApp();
        var options = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>();

        Assert.Equal("__Host-" + IdentityConstants.TwoFactorUserIdScheme, options.Get(IdentityConstants.TwoFactorUserIdScheme).Cookie.Name);
        Assert.Equal("__Host-lotse.anmeldung", options.Get(IdentityConstants.ApplicationScheme).Cookie.Name);
    }
}
