using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lotse.Features.Operations;

/// <summary>
/// Recognises the faults of the storage under Lotse in an exception (or what it wraps, e.g. EF Core's
/// DbUpdateException): the database briefly away (PostgreSQL restarting, a connection broken, SQLite locked
/// or failing to read) and a full disk. Such a request failed as a whole (the transaction did not commit),
/// so it is answered as "try again", not as a program error.
/// </summary>
public static class StorageFaults
{
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteIoError = 10, SqliteFull = 13, SqliteCantOpen = 14;
    private const int UnixNoSpace = 28;                                          // ENOSPC
    private const int WindowsDiskFull = unchecked((int)0x80070070), WindowsHandleDiskFull = unchecked((int)0x80070027);

    public static bool IsDatabaseUnavailable(Exception exception) => Chain(exception).Any(e => e switch
    {
        // 08: connection exception, 57P01–57P03: shut down / restarting, 53300: too many connections.
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
            || postgres.SqlState == PostgresErrorCodes.TooManyConnections,
        // Without a server error it is the connection itself: refused, broken, timed out, pool exhausted.
        NpgsqlException => true,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteIoError or SqliteCantOpen,
        _ => false,
    });

    public static bool IsDiskFull(Exception exception) => Chain(exception).Any(e => e switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.DiskFull,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteFull,
        NpgsqlException => false,
        IOException io => io.HResult is UnixNoSpace or WindowsDiskFull or WindowsHandleDiskFull,
        _ => false,
    });

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.Skip(1).SelectMany(Chain))
                    yield return inner;
            }
        }
    }
}
