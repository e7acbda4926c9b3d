using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task Api_json_is_a_download_when_opened_in_a_browser()
    {
        using var app = new LotseAppFactory(demoData: false);
        var response = await app.CreateClient().GetAsync("/api/v1/search?pageSize=1");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("api.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public void Kestrel_does_not_name_itself_in_a_server_header()
    {
        using var app = new LotseAppFactory(demoData: false);
        var kestrel = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>().Value;
        Assert.False(kestrel.AddServerHeader);
    }
}
