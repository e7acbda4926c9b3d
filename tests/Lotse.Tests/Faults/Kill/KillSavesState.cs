using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Lotse.Tests.Faults.Kill;

/// <summary>
/// The edited offers as a killed burst of saves left them in the SQLite database, read with plain SQL while no process
/// runs on it, and every way in which that is wrong: a damaged file, a torn offer (fields of two saves), a lost
/// acknowledged save, a refused save that shows, or an audit log and version history that do not say what the data is.
/// </summary>
internal static class KillSavesState
{
    public static (Dictionary<Guid, string?> Current, List<string> Problems) Read(string databaseFile, KillSavesLedger ledger)
    {
        var problems = new List<string>();
        var current = new Dictionary<Guid, string?>();
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False;Mode=ReadWrite");
        connection.Open();

        var integrity = Convert.ToString(Scalar(connection, "PRAGMA integrity_check"), CultureInfo.InvariantCulture);
        if (integrity != "ok")
            problems.Add($"PRAGMA integrity_check: {integrity}");

        foreach (var offer in ledger.Offers)
        {
            var row = Row(connection, "SELECT Name, AlternateName, Description FROM Offers WHERE upper(Id) = upper($id)", offer);
            if (row is null)
            {
                problems.Add($"offer {offer} is gone");
                continue;
            }
            var (name, alternateName, description) = (row[0], row[1], row[2]);
            var token = ledger.IsToken(offer, alternateName) ? alternateName : null;
            current[offer] = token;
            var expectedName = token is null ? ledger.OriginalName(offer) : KillSavesEditor.NameWith(token);
            if (name != expectedName || (token is not null && description != KillSavesEditor.DescriptionWith(token)))
                problems.Add($"torn offer {offer}: name „{name}“, alternative name „{alternateName}“, description „{description}“");
            var allowed = ledger.Allowed(offer);
            if (!allowed.Contains(token))
                problems.Add($"offer {offer} holds „{token ?? "its original content"}“, expected one of {string.Join(", ", allowed.Select(t => t ?? "original"))} (a lost acknowledged save or a refused one that shows)");

            // The audit log's latest value of each changed field, and the latest version, are what the offer holds.
            foreach (var (field, value) in new[] { ("Name", name), ("AlternateName", alternateName), ("Description", description) })
            {
                var audited = Row(connection,
                    "SELECT NewValue FROM AuditEntries WHERE EntityType = 'Offer' AND upper(EntityId) = upper($id) AND Field = '" + field + "' ORDER BY At DESC, rowid DESC LIMIT 1", offer);
                if (token is not null && audited?[0] != value)
                    problems.Add($"offer {offer}: latest audited {field} is „{audited?[0]}“, the offer holds „{value}“");
            }
            var version = Row(connection, "SELECT SnapshotJson FROM OfferVersions WHERE upper(OfferId) = upper($id) ORDER BY Number DESC LIMIT 1", offer);
            if (token is not null && version?[0]?.Contains(token, StringComparison.Ordinal) != true)
                problems.Add($"offer {offer}: its latest version does not hold its token „{token}“");
            var changeLog = Convert.ToInt32(Scalar(connection, "SELECT COUNT(*) FROM ChangeLog WHERE EntityType = 'Offer' AND upper(EntityId) = upper($id)", offer), CultureInfo.InvariantCulture);
            if (changeLog == 0)
                problems.Add($"offer {offer} has no change-log row, so the search index would never follow it");
        }
        return (current, problems);
    }

    private static string?[]? Row(SqliteConnection connection, string sql, Guid id)
    {
        using var command = Command(connection, sql, id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
            return null;
        return Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i)).ToArray();
    }

    private static object? Scalar(SqliteConnection connection, string sql, Guid? id = null)
    {
        using var command = Command(connection, sql, id);
        return command.ExecuteScalar();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, Guid? id)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 300;
        if (id is { } value)
            command.Parameters.AddWithValue("$id", value.ToString());
        return command;
    }
}
