using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Lotse.Data;

/// <summary>
/// Lets only one web node at a time migrate and seed a shared PostgreSQL database: nodes that start
/// together would otherwise all find it empty, and all but one would fail seeding on duplicate keys.
/// A session-level advisory lock, so it ends with the connection if the node dies. SQLite needs none.
/// </summary>
internal sealed class DatabaseStartupLock : IAsyncDisposable
{
    // Any number: it names this lock among the database's advisory locks.
    private const long Key = 0x4C6F747365;

    private readonly DatabaseFacade? _database;

    private DatabaseStartupLock(DatabaseFacade? database) => _database = database;

    public static async Task<DatabaseStartupLock> AcquireAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (!database.IsNpgsql())
            return new DatabaseStartupLock(null);
        // The lock belongs to the session: keep this one connection open until it is released.
        await database.OpenConnectionAsync(cancellationToken);
        await database.ExecuteSqlAsync($"SELECT pg_advisory_lock({Key})", cancellationToken);
        return new DatabaseStartupLock(database);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is null)
            return;
        await _database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({Key})");
        await _database.CloseConnectionAsync();
    }
}
