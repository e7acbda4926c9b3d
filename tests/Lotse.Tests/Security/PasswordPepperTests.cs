using System.Net;
using System.Security.Cryptography;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.OpenData.Hsds;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lotse.Tests.Security;

/// <summary>
/// ASVS 2.4.5: passwords are stored as Identity's hash of the password peppered with a key kept outside the database
/// (setting or <c>keys/password-pepper.key</c>); accounts from before the pepper keep working and are peppered at their
/// next sign-in; the database alone, moved under another pepper, signs nobody in.
/// </summary>
public sealed class PasswordPepperTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    public async Task A_new_account_signs_in_and_its_stored_hash_is_peppered()
    {
        using var app = new LotseAppFactory(demoData: false);
        var email = await AccountsTestData.CreateAccountAsync(app, Roles.CountyEditor);

        await AccountsTestData.SignedInClientAsync(app, email);

        var stored = await StoredHashAsync(app, email);
        Assert.StartsWith(PepperedPasswordHasher.Marker, stored);
        // Without the pepper, Identity's hash in it does not match the password.
        Assert.Equal(PasswordVerificationResult.Failed,
            new PasswordHasher<LotseUser>().VerifyHashedPassword(new LotseUser(), stored[PepperedPasswordHasher.Marker.Length..], AccountsTestData.Password));
    }

    [Fact]
    public async Task An_account_hashed_before_the_pepper_signs_in_and_is_then_stored_peppered()
    {
        using var app = new LotseAppFactory(demoData: false);
        var email = await AccountsTestData.CreateAccountAsync(app, Roles.CountyEditor);
        const string oldPassword = "passphrase-aus-der-zeit-vor-dem-pfeffer";
        var identityOnly = new PasswordHasher<LotseUser>().HashPassword(new LotseUser(), oldPassword);
        await SetStoredHashAsync(app, email, identityOnly);

        Assert.NotEqual(HttpStatusCode.Redirect, (await AccountsTestData.PostLoginAsync(AccountsTestData.CreateClient(app), email, "falsche-passphrase-1234")).StatusCode);
        Assert.Equal(identityOnly, await StoredHashAsync(app, email));
        var stampBefore = await StampAsync(app, email);
        await AccountsTestData.SignedInClientAsync(app, email, oldPassword);
        // Identity renews the security stamp with the new hash: the account's other sessions end this once.
        Assert.NotEqual(stampBefore, await StampAsync(app, email));

        var stored = await StoredHashAsync(app, email);
        Assert.StartsWith(PepperedPasswordHasher.Marker, stored);
        await AccountsTestData.SignedInClientAsync(app, email, oldPassword);
        Assert.Equal(stored, await StoredHashAsync(app, email));
    }

    [Fact]
    public async Task A_stored_peppered_hash_does_not_sign_in_under_another_pepper()
    {
        var pepper = NewPepper();
        using var first = new LotseAppFactory(demoData: false);
        first.Settings[PasswordPepperOptions.SettingKey] = pepper;
        var email = await AccountsTestData.CreateAccountAsync(first, Roles.CountyEditor);
        var stored = await StoredHashAsync(first, email);

        // The same database, started with another pepper: the right password no longer matches.
        using var otherPepper = OnSameDataFolder(first);
        otherPepper.Settings[PasswordPepperOptions.SettingKey] = NewPepper();
        var refused = await AccountsTestData.PostLoginAsync(AccountsTestData.CreateClient(otherPepper), email, AccountsTestData.Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(stored, await StoredHashAsync(otherPepper, email));

        // Started with the file pepper instead of the configured one: also refused.
        using var filePepper = OnSameDataFolder(first);
        Assert.NotEqual(HttpStatusCode.Redirect, (await AccountsTestData.PostLoginAsync(AccountsTestData.CreateClient(filePepper), email, AccountsTestData.Password)).StatusCode);

        // With its own pepper again, it signs in.
        using var samePepper = OnSameDataFolder(first);
        samePepper.Settings[PasswordPepperOptions.SettingKey] = pepper;
        await AccountsTestData.SignedInClientAsync(samePepper, email);
    }

    [Theory]
    [InlineData("")]
    [InlineData("kurz")]
    [InlineData("kein base64, sondern ein Satz mit Leerzeichen und Umlauten: äöü")]
    [InlineData("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg==")]   // 31 bytes
    public void A_configured_pepper_that_is_not_base64_of_32_bytes_stops_the_start(string setting)
    {
        using var app = new LotseAppFactory(demoData: false);
        app.Settings[PasswordPepperOptions.SettingKey] = setting;

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(PasswordPepperOptions.SettingKey, error.Message);
        Assert.Contains("at least 32", error.Message);
        Assert.False(File.Exists(PepperFile(app)));
    }

    [Fact]
    public async Task Without_the_setting_the_key_file_is_created_owner_only_at_the_first_start_and_reused_by_the_next()
    {
        var log = new LogRecorder();
        using var first = new RecordedAppFactory(log);
        first.CreateClient().Dispose();

        var file = PepperFile(first);
        Assert.True(File.Exists(file), "no pepper file after the first start");
        if (!OperatingSystem.IsWindows())
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(file));
        var pepper = await File.ReadAllTextAsync(file);
        Assert.Equal(32, Convert.FromBase64String(pepper).Length);
        Assert.DoesNotContain(log.Lines, line => line.Contains(pepper, StringComparison.Ordinal));
        Assert.Contains(log.Lines, line => line.Contains(PasswordPepper.FileName, StringComparison.Ordinal));
        var email = await AccountsTestData.CreateAccountAsync(first, Roles.CountyEditor);

        using var second = OnSameDataFolder(first);
        await AccountsTestData.SignedInClientAsync(second, email);
        Assert.Equal(pepper, await File.ReadAllTextAsync(file));

        using var elsewhere = new LotseAppFactory(demoData: false);
        elsewhere.CreateClient().Dispose();
        Assert.NotEqual(pepper, await File.ReadAllTextAsync(PepperFile(elsewhere)));
    }

    [Fact]
    public async Task A_damaged_key_file_stops_the_start_and_is_left_alone()
    {
        using var first = new LotseAppFactory(demoData: false);
        first.CreateClient().Dispose();
        await File.WriteAllTextAsync(PepperFile(first), "abgeschnitten");

        using var second = OnSameDataFolder(first);
        var error = Assert.Throws<InvalidOperationException>(() => second.CreateClient());

        Assert.Contains(PasswordPepper.FileName, error.Message);
        Assert.Equal("abgeschnitten", await File.ReadAllTextAsync(PepperFile(first)));
    }

    [Fact]
    public async Task A_backup_restored_into_a_fresh_data_folder_brings_the_pepper_and_the_passwords_work()
    {
        var folder = HsdsCommandRunner.TempFolder();
        System.IO.Directory.CreateDirectory(folder);
        try
        {
            using var app = new LotseAppFactory(demoData: false);
            var email = await AccountsTestData.CreateAccountAsync(app, Roles.CountyEditor);
            var backup = Path.Combine(folder, "sicherung.zip");
            Assert.Equal(0, (await HsdsCommandRunner.RunAsync(app, "backup", backup)).ExitCode);

            var target = Path.Combine(folder, "wiederhergestellt");
            var restored = await LotseProcess.RunAsync(
                new Dictionary<string, string> { ["Lotse__DataDirectory"] = target, ["Lotse__DemoData"] = "false" }, "restore", backup, "--yes");
            Assert.True(restored.ExitCode == 0, restored.Error + restored.Output);

            var file = Path.Combine(target, "keys", PasswordPepper.FileName);
            Assert.Equal(await File.ReadAllTextAsync(PepperFile(app)), await File.ReadAllTextAsync(file));
            using var restoredApp = new LotseAppFactory(demoData: false);
            restoredApp.Settings["Lotse:DataDirectory"] = target;
            await AccountsTestData.SignedInClientAsync(restoredApp, email);
            if (!OperatingSystem.IsWindows())
                Assert.Equal(OwnerOnly, File.GetUnixFileMode(file));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static string NewPepper() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static string PepperFile(LotseAppFactory app) => Path.Combine(app.DataDirectory, "keys", PasswordPepper.FileName);

    /// <summary>A second start on the first app's data folder (the first one keeps it until it is disposed).</summary>
    private static LotseAppFactory OnSameDataFolder(LotseAppFactory first)
    {
        var app = new LotseAppFactory(demoData: false);
        app.Settings["Lotse:DataDirectory"] = first.DataDirectory;
        return app;
    }

    private static async Task<string> StoredHashAsync(LotseAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        return (await db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync())!;
    }

    private static async Task<string?> StampAsync(LotseAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LotseDbContext>().Users.Where(u => u.Email == email).Select(u => u.SecurityStamp).SingleAsync();
    }

    private static async Task SetStoredHashAsync(LotseAppFactory app, string email, string hash)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        Assert.Equal(1, await db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, hash)));
    }
}
