using Lotse.Features.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Bench.Measure;

/// <summary>
/// The real app hosted inside the bench process on a data folder, so <see cref="IOfferSearch"/>
/// comes from the app's own service provider with its own registrations and start-up.
/// </summary>
internal sealed class InProcessApp(string dataDirectory, string contentRoot) : WebApplicationFactory<Program>
{
    private AsyncServiceScope? _scope;

    public IOfferSearch Search
    {
        get
        {
            _scope ??= Services.CreateAsyncScope();
            return _scope.Value.ServiceProvider.GetRequiredService<IOfferSearch>();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(contentRoot);
        builder.UseSetting("Lotse:DataDirectory", dataDirectory);
        builder.UseSetting("Lotse:DemoData", "false");
        // The app's appsettings.json sets Information; the bench's console is for its own figures.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        if (_scope is { } scope)
            await scope.DisposeAsync();
        await base.DisposeAsync();
    }
}
