using Lotse.Data;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Data;

/// <summary>When the demo data is seeded: each test starts its own apps on fresh data folders.</summary>
public sealed class DemoDataSeedingTests
{
    [Fact]
    public async Task Two_new_databases_get_identical_demo_data()
    {
        using var first = new LotseAppFactory();
        using var second = new LotseAppFactory();

        var a = await Snapshot(first);
        var b = await Snapshot(second);

        Assert.True(a.Count > 150);
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task Without_demo_data_a_new_database_holds_reference_data_but_no_offers()
    {
        using var factory = new LotseAppFactory(demoData: false);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();

        Assert.Equal(19, await db.Municipalities.CountAsync());
        Assert.Equal(3, await db.Taxonomies.CountAsync());
        Assert.True(await db.Languages.CountAsync() >= 10);
        Assert.Equal(0, await db.Offers.CountAsync());
        Assert.Equal(0, await db.Organizations.CountAsync());
        Assert.Equal(0, await db.Locations.CountAsync());
    }

    [Fact]
    public async Task A_restart_on_the_same_data_folder_does_not_seed_again()
    {
        // A real restart: the first app is gone before the second opens the same folder (two live apps would
        // share one search index folder, which Lotse never does).
        var shared = Path.Combine(Path.GetTempPath(), "lotse-tests", "restart-" + Guid.NewGuid().ToString("N"));
        try
        {
            (int Offers, int Organizations, int Locations, int Contacts, int Municipalities) before;
            using (var first = new LotseAppFactory())
            {
                first.Settings["Lotse:DataDirectory"] = shared;
                before = await Counts(first);
            }

            using var restarted = new LotseAppFactory();
            restarted.Settings["Lotse:DataDirectory"] = shared;
            var after = await Counts(restarted);

            Assert.True(before.Offers > 150);
            Assert.Equal(before, after);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { System.IO.Directory.Delete(shared, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<List<string>> Snapshot(LotseAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var offers = await db.Offers.Include(o => o.Languages).Include(o => o.Contacts).AsSplitQuery().ToListAsync();
        return offers
            .OrderBy(o => o.Id)
            .Select(o => $"{o.Id}|{o.Name}|{o.Status}|{o.LastVerified}|{o.Description.GetHashCode(StringComparison.Ordinal)}|{string.Join(",", o.Languages.Select(l => l.Code).Order())}|{string.Join(",", o.Contacts.Select(c => c.Phone).Order())}")
            .ToList();
    }

    private static async Task<(int Offers, int Organizations, int Locations, int Contacts, int Municipalities)> Counts(LotseAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        return (await db.Offers.CountAsync(), await db.Organizations.CountAsync(), await db.Locations.CountAsync(),
            await db.Contacts.CountAsync(), await db.Municipalities.CountAsync());
    }
}
