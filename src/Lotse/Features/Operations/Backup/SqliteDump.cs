using Microsoft.Data.Sqlite;

namespace Lotse.Features.Operations.Backup;

/// <summary>
/// SQLite's online backup API: a consistent copy even while the application writes, and, the other way round,
/// the live database replaced by the copy in one step (readers see the old or the new content, never a mix).
/// </summary>
public static class SqliteDump
{
    public static void Copy(string liveConnectionString, string targetFile)
    {
        using var live = new SqliteConnection(liveConnectionString);
        live.Open();
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = targetFile, Pooling = false }.ToString());
        target.Open();
        live.BackupDatabase(target);
    }

    /// <summary>Null when the file is a sound SQLite database, else what is wrong with it.</summary>
    public static string? Check(string file)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            var result = command.ExecuteScalar() as string;
            return result == "ok" ? null : $"Die Datenbank in der Sicherung ist beschädigt ({result}).";
        }
        catch (SqliteException ex)
        {
            return $"Die Datenbank in der Sicherung ist keine lesbare SQLite-Datei ({ex.Message}).";
        }
    }

    public static void Restore(string backupFile, string liveConnectionString)
    {
        using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backupFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        backup.Open();
        using var live = new SqliteConnection(liveConnectionString);
        live.Open();
        backup.BackupDatabase(live);
        SqliteConnection.ClearAllPools();
    }
}
