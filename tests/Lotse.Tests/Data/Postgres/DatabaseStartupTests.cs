using Lotse.Data;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Data.Postgres;

/// <summary>The app starts on an empty database of either provider, migrates it and seeds it once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DatabaseStartupTests(PostgresServer server)
{
    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite, "Microsoft.EntityFrameworkCore.Sqlite")]
    [InlineData(TestDatabase.Postgres, "Npgsql.EntityFrameworkCore.PostgreSQL")]
    public async Task Empty_database_is_migrated_and_seeded_with_reference_data(TestDatabase database, string efProvider)
    {
        using var app = server.CreateApp(database, demoData: false);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();

        Assert.Equal(efProvider, db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(19, await db.Municipalities.CountAsync());
        Assert.Equal(3, await db.Taxonomies.CountAsync());
        Assert.Equal(21, await db.Languages.CountAsync());
        Assert.True(await db.TaxonomyTerms.AnyAsync());
        Assert.Equal(0, await db.Offers.CountAsync());
    }

    [SkippableTheory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_second_app_on_the_same_database_neither_migrates_nor_seeds_again(TestDatabase database)
    {
        using var first = server.CreateApp(database);
        var before = await DatabaseContent.ReadAsync(first);

        using var second = server.CreateAppOnSameDatabase(first);
        var after = await DatabaseContent.ReadAsync(second);

        Assert.Equal(before, after);
    }

    [SkippableFact]
    public async Task Web_nodes_starting_together_on_an_empty_database_seed_it_once()
    {
        using var first = (PostgresAppFactory)server.CreateApp(TestDatabase.Postgres);
        var nodes = new[] { first }
            .Concat(Enumerable.Range(0, 3).Select(_ => (PostgresAppFactory)server.CreateAppOnSameDatabase(first)))
            .ToList();
        try
        {
            await Task.WhenAll(nodes.Select(node => Task.Run(() => node.Services)));

            using var scope = first.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
            Assert.Equal(19, await db.Municipalities.CountAsync());
            Assert.Equal(21, await db.Languages.CountAsync());
        }
        finally
        {
            foreach (var node in nodes.Skip(1))
                node.Dispose();
        }
    }

    [SkippableFact]
    public async Task Reference_and_demo_data_are_the_same_on_both_providers()
    {
        using var sqlite = server.CreateApp(TestDatabase.Sqlite);
        using var postgres = server.CreateApp(TestDatabase.Postgres);

        Assert.Equal(await DatabaseContent.ReadAsync(sqlite), await DatabaseContent.ReadAsync(postgres));
    }
}
