using System.IO.Compression;
using Lotse.Features.Operations.Uploads;
using Microsoft.AspNetCore.ResponseCompression;

namespace Lotse.Features.Operations;

public static class OperationsSetup
{
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReverseProxySupport(configuration);
        services.AddUnicodeHtmlEncoding();
        services.AddHtmlMinification();
        services.AddErrorHandling();
        services.AddPlainFormKeys();
        services.AddDataProtectionKeys();
        services.AddUploadScanning(configuration);   // virus scan of every upload when Lotse:Uploads:VirusScanner is set
        services.AddScoped<Backup.BackupService>();   // backup and restore commands
        // A year with subdomains (OWASP ASVS 4.0 V14.4.5 asks for at least about six months); ASP.NET's default is 30 days.
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        // No "Server: Kestrel" header: the answer need not tell which server software runs (ASVS V14.3.3).
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options => options.AddServerHeader = false);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddResponseCompression(options =>
        {
            // Public pages and the API carry no secrets; compression matters on slow mobile connections.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/problem+json", "text/vcard"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseOperations(this IApplicationBuilder app)
    {
        // First, so that everything after it (errors, rate limits, HSTS) sees the client's address and scheme.
        app.UseForwardedHeaders();
        app.UseErrorHandling();
        app.UseSecurityHeaders();
        var environment = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>();
        if (!environment.IsDevelopment())
            app.UseHsts();
        app.UseResponseCompression();
        // Inside compression: pages are minified first, then compressed.
        app.UseHtmlMinification();
        return app;
    }

    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealth();
        return endpoints;
    }
}
