using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Lotse.Tests.Security;

/// <summary>ASVS V14.4: the security headers on responses the other tests do not look at (static files, not-found pages), and HSTS in production.</summary>
public sealed class HeaderTests
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
    public async Task Static_files_and_not_found_pages_carry_the_headers_and_production_sends_a_year_of_HSTS()
    {
        using var app = new ProductionApp();
        var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://lotse.example") });
        foreach (var path in new[] { "/css/lotse.css", "/gibt-es-nicht", "/intern/anmelden" })
        {
            var response = await client.GetAsync(path);
            Assert.Contains("frame-ancestors 'none'", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
            Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        }
    }
}
