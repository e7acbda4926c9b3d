using Lotse.Features.Operations;
using Npgsql;

namespace Lotse.Data;

/// <summary>
/// The database to use, read from <c>Database:Provider</c> and <c>ConnectionStrings:Lotse</c>
/// (environment: <c>Database__Provider</c>, <c>ConnectionStrings__Lotse</c>). Invalid settings stop
/// the start with a message that names the setting to fix.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string? ConnectionString)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Lotse";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            connectionString = null;

        var provider = ParseProvider(configuration[ProviderKey]);
        if (provider == DatabaseProvider.Postgres && connectionString is null)
            throw new InvalidOperationException(
                $"{ProviderKey} is Postgres, but the connection string ConnectionStrings:{ConnectionStringName} is not set. " +
                $"Set it, e.g. as environment variable ConnectionStrings__{ConnectionStringName}=\"Host=db.example;Database=lotse;Username=lotse;Password=…\".");
        if (provider == DatabaseProvider.Postgres)
            RequireEncryptionToOtherHosts(connectionString!);
        return new DatabaseSettings(provider, connectionString);
    }

    private static void RequireEncryptionToOtherHosts(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"The connection string ConnectionStrings:{ConnectionStringName} cannot be read: {e.Message}", e);
        }
        // Host may list several servers ("db1,db2:5433"); each one off this machine needs TLS.
        var hosts = (builder.Host ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(h => h.StartsWith('[') ? h[..(h.IndexOf(']') + 1)] : h.Split(':')[0]);
        if (builder.SslMode is SslMode.Disable or SslMode.Allow && hosts.Any(h => !BackendTransport.IsLocal(h)))
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} connects to a PostgreSQL server on another host with SSL Mode={builder.SslMode}: " +
                "personal data would cross the network unencrypted. Set SSL Mode=VerifyFull (or Require).");
    }

    private static DatabaseProvider ParseProvider(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return DatabaseProvider.Sqlite;
        // Only the names, not numbers: Enum.TryParse would also take "1".
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            if (string.Equals(value.Trim(), provider.ToString(), StringComparison.OrdinalIgnoreCase))
                return provider;
        }
        throw new InvalidOperationException(
            $"{ProviderKey} is \"{value}\", but must be one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
    }
}
