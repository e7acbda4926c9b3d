using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lotse.Tests.Infrastructure;

/// <summary>
/// A real Lotse app on its own SQLite file and index in a fresh temporary data folder,
/// removed on dispose. Demo data is seeded unless <paramref name="demoData"/> is false.
/// </summary>
public class LotseAppFactory(bool demoData = true) : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "lotse-tests", Guid.NewGuid().ToString("N"));

    /// <summary>
    /// False (default): no role needs a second factor, so test accounts sign in with the password alone. True: the
    /// app's own default (Administrator) applies, or the roles a test puts into <see cref="Settings"/>.
    /// </summary>
    public bool KeepTwoFactorRule { get; set; }

    /// <summary>Extra configuration for a test, applied after the defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Lotse:DataDirectory", DataDirectory);
        builder.UseSetting("Lotse:DemoData", demoData ? "true" : "false");
        // Tests send many API requests from one address; the rate-limit tests set their own limit.
        builder.UseSetting("Lotse:Api:RequestsPerMinute", "0");
        // Test accounts sign in with the password alone, unless a test keeps the second-factor rule.
        if (!KeepTwoFactorRule)
            builder.UseSetting(Lotse.Features.Accounts.TwoFactorRequirement.SettingKey, "");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
            return;
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            System.IO.Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finaliser: the OS temp cleaner takes it later.
        }
    }
}

/// <summary>One demo-data app shared by read-only tests of a class (they must not change data).</summary>
public sealed class DemoAppFixture : IDisposable
{
    public LotseAppFactory Factory { get; } = new();
    public HttpClient Client { get; }

    public DemoAppFixture() => Client = Factory.CreateClient();

    public void Dispose() => Factory.Dispose();
}
