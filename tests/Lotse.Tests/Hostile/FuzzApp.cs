using Lotse.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lotse.Tests.Hostile;

/// <summary>A demo app whose error log is collected and whose per-client form limits are lifted, so that the inputs reach validation.</summary>
public sealed class FuzzApp : LotseAppFactory
{
    public ErrorLogCapture Log { get; } = new();

    public FuzzApp()
    {
        Settings["Lotse:Suggestions:PermitLimit"] = "1000000";
        Settings["Lotse:Accessibility:FeedbackPermitLimit"] = "1000000";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Log));
    }
}
