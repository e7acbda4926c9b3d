using Lotse.Data.Seed;
using Lotse.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lotse.Data;

public static class DataSetup
{
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LotseOptions>().Bind(configuration.GetSection(LotseOptions.Section));
        services.AddSingleton(TimeProvider.System);
        var database = DatabaseSettings.From(configuration);
        services.AddSingleton(database);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            // The rest of the app injects LotseDbContext; the subtype only carries the PostgreSQL migrations.
            services.AddDbContext<LotseDbContext, PostgresLotseDbContext>(options => options.UseNpgsql(PostgresConnectTimeout.Apply(database.ConnectionString!)));
        }
        else
        {
            services.AddDbContext<LotseDbContext>((sp, options) =>
            {
                var lotse = sp.GetRequiredService<IOptions<LotseOptions>>().Value;
                options.UseSqlite(database.ConnectionString ?? $"Data Source={Path.Combine(lotse.ResolvedDataDirectory, "lotse.db")}");
            });
        }
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        return services;
    }

    /// <summary>Creates the data folder, applies migrations and seeds an empty database. Runs once at start, one node at a time.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<IOptions<LotseOptions>>().Value;
        System.IO.Directory.CreateDirectory(options.ResolvedDataDirectory);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        await using var startupLock = await DatabaseStartupLock.AcquireAsync(db.Database, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        // Reference and demo data commit together: a crash in between must not leave a database
        // that looks seeded (municipalities present) but lacks its demo offers.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The initial load is audited as one "created" row per entity; the offers' content is in their version 1.
        db.AuditCreatedFields = false;
        var seededReference = await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(cancellationToken);
        await RoleSeeder.SeedAsync(db, cancellationToken);
        if (seededReference && options.DemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<DemoAccountSeeder>().SeedAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
