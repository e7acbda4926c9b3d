using System.Data.Common;
using Npgsql;

namespace Lotse.Data;

/// <summary>
/// Npgsql waits 15 s for a connection by default. While PostgreSQL restarts or its host is unreachable, every
/// request would hang that long before it can answer 503; Lotse gives up after <see cref="DefaultSeconds"/>
/// unless the operator's connection string names its own <c>Timeout</c>.
/// </summary>
public static class PostgresConnectTimeout
{
    public const int DefaultSeconds = 3;

    private static readonly string[] Keywords = ["Timeout", "Connect Timeout", "Connection Timeout"];

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (Keywords.Any(given.ContainsKey))
            return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { Timeout = DefaultSeconds }.ConnectionString;
    }
}
