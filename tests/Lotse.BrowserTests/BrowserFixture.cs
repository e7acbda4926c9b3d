using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Lotse.BrowserTests;

/// <summary>
/// Lotse with demo data on a real Kestrel port, and Debian's Chromium driven by Playwright.
/// Without Chromium the tests are skipped with a message, except under CI=true where they fail.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "lotse-browser-tests", Guid.NewGuid().ToString("N"));
    private App? _app;
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }
    public string BaseAddress { get; private set; } = "";
    public string? MissingReason { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            MissingReason = $"Chromium fehlt ({ChromiumPath}); installieren mit: apt-get install -y chromium";
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException("CI=true requires the browser tests to run: " + MissingReason);
            return;
        }

        _app = new App(_dataDirectory);
        _app.UseKestrel(0);
        _app.StartServer();
        BaseAddress = _app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        using (var client = _app.CreateClient())
            await client.GetAsync("/api/v1/search?pageSize=1"); // waits until the index is built

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        Skip.If(Browser is null, MissingReason);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "de-DE",
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
        _app?.Dispose();
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class App(string dataDirectory) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Lotse:DataDirectory", dataDirectory);
            builder.UseSetting("Lotse:DemoData", "true");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
