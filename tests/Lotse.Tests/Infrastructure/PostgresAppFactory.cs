using Lotse.Data;

namespace Lotse.Tests.Infrastructure;

/// <summary>The database a provider test runs on.</summary>
public enum TestDatabase
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A <see cref="LotseAppFactory"/> on a database of the test run's PostgreSQL cluster: a new empty one
/// (dropped on dispose), or an existing one (<paramref name="connectionString"/>, left in place) for a
/// second app on the same data.
/// </summary>
public sealed class PostgresAppFactory : LotseAppFactory
{
    private readonly PostgresServer _server;
    private readonly bool _ownsDatabase;

    public PostgresAppFactory(PostgresServer server, bool demoData = true, string? connectionString = null)
        : base(demoData)
    {
        server.SkipIfUnavailable();
        _server = server;
        _ownsDatabase = connectionString is null;
        ConnectionString = connectionString ?? server.CreateDatabase();
        Settings[DatabaseSettings.ProviderKey] = nameof(DatabaseProvider.Postgres);
        Settings[$"ConnectionStrings:{DatabaseSettings.ConnectionStringName}"] = ConnectionString;
    }

    public string ConnectionString { get; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
            _server.DropDatabase(ConnectionString);
    }
}

public static class TestDatabaseApps
{
    /// <summary>A fresh app on an empty database of the given provider.</summary>
    public static LotseAppFactory CreateApp(this PostgresServer server, TestDatabase database, bool demoData = true) =>
        database == TestDatabase.Postgres ? new PostgresAppFactory(server, demoData) : new LotseAppFactory(demoData);

    /// <summary>A second app (own data folder and index) on the database of <paramref name="first"/>.</summary>
    public static LotseAppFactory CreateAppOnSameDatabase(this PostgresServer server, LotseAppFactory first, bool demoData = true)
    {
        if (first is PostgresAppFactory postgres)
            return new PostgresAppFactory(server, demoData, postgres.ConnectionString);
        var second = new LotseAppFactory(demoData);
        second.Settings[$"ConnectionStrings:{DatabaseSettings.ConnectionStringName}"] =
            $"Data Source={Path.Combine(first.DataDirectory, "lotse.db")}";
        return second;
    }
}
