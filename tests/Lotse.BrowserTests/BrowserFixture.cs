using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
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
    private readonly List<IBrowserContext> _contexts = [];
    private readonly SemaphoreSlim _signIn = new(1, 1);
    private string? _administratorState;

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

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true, float scale = 1, string? storageState = null)
    {
        Skip.If(Browser is null, MissingReason);
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = scale,
            JavaScriptEnabled = javaScript,
            Locale = "de-DE",
            StorageState = storageState,
        });
        lock (_contexts)
            _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in as an administrator through the real login form (one account, its cookies reused).</summary>
    public async Task<IPage> NewAdministratorPageAsync()
    {
        Skip.If(Browser is null, MissingReason);
        await _signIn.WaitAsync();
        try
        {
            if (_administratorState is null)
            {
                const string email = "admin@browser.example", password = "lange-browser-passphrase-42";
                await using (var scope = _app!.Services.CreateAsyncScope())
                {
                    var result = await scope.ServiceProvider.GetRequiredService<AccountCreation>().CreateAsync(email, password, Roles.Administrator);
                    Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
                }
                var login = await NewPageAsync();
                await login.GotoAsync(BaseAddress + AccountPaths.Login);
                await login.FillAsync("#Input_Email", email);
                await login.FillAsync("#Input_Password", password);
                await login.ClickAsync("main button[type=submit]");
                await login.WaitForURLAsync(url => !url.Contains(AccountPaths.Login, StringComparison.Ordinal));
                _administratorState = await login.Context.StorageStateAsync();
            }
        }
        finally
        {
            _signIn.Release();
        }
        return await NewPageAsync(storageState: _administratorState);
    }

    /// <summary>Closes the pages a test opened, so a long theory does not keep dozens of renderers alive.</summary>
    public async Task CloseAsync(IPage page)
    {
        lock (_contexts)
            _contexts.Remove(page.Context);
        await page.Context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts.ToList())
            await context.CloseAsync();
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
            // The tests post the public forms far more often than one visitor may.
            builder.UseSetting("Lotse:Suggestions:PermitLimit", "10000");
            builder.UseSetting("Lotse:Accessibility:FeedbackPermitLimit", "10000");
            // The administrator signs in with the password alone (the second-factor rule has its own tests).
            builder.UseSetting(TwoFactorRequirement.SettingKey, "");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
