using Lotse.Bench.Corpus;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Bench.Soak;

/// <summary>An editor account of the soak run (role "Redaktion Kreis").</summary>
internal sealed record SoakAccount(string Email, string Password);

/// <summary>What the traffic needs from the seeded database: the public offers, the vocabularies and the accounts.</summary>
internal sealed record SoakData(IReadOnlyList<Guid> PublishedOffers, ReferenceCodes Codes, IReadOnlyList<SoakAccount> Accounts);

/// <summary>
/// A fresh data folder with the app's own demo data and county editor accounts, made by the app itself
/// (hosted once in the bench process, through its start-up and <see cref="AccountCreation"/>), before the
/// measured app process starts on the same folder.
/// </summary>
internal static class SoakSeed
{
    public static async Task<SoakData> CreateAsync(string dataDirectory, string contentRoot, int accountCount)
    {
        if (Directory.Exists(dataDirectory))
            Directory.Delete(dataDirectory, recursive: true);
        Directory.CreateDirectory(dataDirectory);

        await using var app = new SeedingApp(dataDirectory, contentRoot);
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = new List<SoakAccount>();
        for (var i = 1; i <= accountCount; i++)
        {
            // Random per run; the accounts exist only in this throwaway folder.
            var account = new SoakAccount($"soak-redaktion-{i}@lotse.example", "soak-" + Guid.NewGuid().ToString("N"));
            var result = await scope.ServiceProvider.GetRequiredService<AccountCreation>().CreateAsync(account.Email, account.Password, Roles.CountyEditor);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Account {account.Email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            accounts.Add(account);
        }

        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var published = await db.Offers.Where(o => o.Status == OfferStatus.Published).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
        if (published.Count == 0)
            throw new InvalidOperationException("The demo data holds no published offer.");
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        var codes = ReferenceCodes.Load(connection);
        await connection.CloseAsync();
        return new SoakData(published, codes, accounts);
    }

    private sealed class SeedingApp(string dataDirectory, string contentRoot) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseContentRoot(contentRoot);
            builder.UseSetting("Lotse:DataDirectory", dataDirectory);
            builder.UseSetting("Lotse:DemoData", "true");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            // The demo accounts' one-time passwords are of no use here.
            builder.UseSetting("Logging:LogLevel:Lotse.Features.Accounts.DemoAccountSeeder", "None");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            SqliteConnection.ClearAllPools();
        }
    }
}
