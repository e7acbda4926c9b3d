using Lotse.Features.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Lotse.Tests.Accounts;

/// <summary>Outside development and tests, the login and antiforgery cookies are sent over https only.</summary>
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
        var session = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lotse.anmeldung=", StringComparison.Ordinal));

        foreach (var cookie in new[] { antiforgery, session })
        {
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }
}
