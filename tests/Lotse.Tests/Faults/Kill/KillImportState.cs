using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Lotse.Tests.Faults.Kill;

/// <summary>
/// What a killed import left in the SQLite database, read with plain SQL after the process is gone, and every way in
/// which it is inconsistent: a damaged file, a partial import, a mix of two imports, audit or change log out of step.
/// </summary>
internal sealed record KillImportState(int Offers, int PublishedOffers, int? Version, IReadOnlyList<string> Inconsistencies)
{
    public static KillImportState Read(string databaseFile, int expectedOffers, int lastVersion)
    {
        var problems = new List<string>();
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False;Mode=ReadWrite");
        connection.Open();

        var integrity = Text(connection, "PRAGMA integrity_check");
        if (integrity != "ok")
            problems.Add($"PRAGMA integrity_check: {integrity}");

        var offers = Count(connection, "SELECT COUNT(*) FROM Offers WHERE HsdsId IS NOT NULL");
        var distinct = Count(connection, "SELECT COUNT(DISTINCT HsdsId) FROM Offers WHERE HsdsId IS NOT NULL");
        var published = Count(connection, "SELECT COUNT(*) FROM Offers WHERE Status = 'Published'");
        if (offers != 0 && offers != expectedOffers)
            problems.Add($"partial import: {offers} of {expectedOffers} offers");
        if (distinct != offers)
            problems.Add($"duplicates: {offers} imported offers, but only {distinct} distinct HSDS ids");
        var links = Count(connection, "SELECT COUNT(*) FROM OfferLocations l JOIN Offers o ON o.Id = l.OfferId WHERE o.HsdsId IS NOT NULL");
        if (links != offers)
            problems.Add($"torn offers: {offers} offers, {links} offer-location links");
        var organizations = Count(connection, "SELECT COUNT(*) FROM Organizations WHERE HsdsId IS NOT NULL");
        var locations = Count(connection, "SELECT COUNT(*) FROM Locations WHERE HsdsId IS NOT NULL");
        var expectedParents = offers == 0 ? (0, 0) : (KillImportPackage.Organizations, KillImportPackage.Locations);
        if ((organizations, locations) != expectedParents)
            problems.Add($"partial import: {organizations} organizations and {locations} locations with {offers} offers");

        // All offers carry the mark of one and the same import, in name and description.
        var versions = new List<int>();
        for (var version = 0; version <= lastVersion; version++)
        {
            var mark = KillImportPackage.Mark(version);
            var named = Count(connection, $"SELECT COUNT(*) FROM Offers WHERE HsdsId IS NOT NULL AND Name LIKE '% {mark}' AND Description LIKE '% {mark} %'");
            if (named == offers && offers > 0)
                versions.Add(version);
            else if (named > 0)
                problems.Add($"mixed imports: {named} of {offers} offers are from import {version} ({mark})");
        }
        if (offers > 0 && versions.Count != 1)
            problems.Add($"offers from {versions.Count} imports at once");

        // The audit log says what the data is: every imported offer has its "created" row and its latest name change
        // names its current name; no audit row of an offer points nowhere.
        Check(problems, connection, "imported offers without a 'Created' audit row",
            "SELECT COUNT(*) FROM Offers o WHERE o.HsdsId IS NOT NULL AND NOT EXISTS (SELECT 1 FROM AuditEntries a WHERE a.EntityType = 'Offer' AND a.EntityId = o.Id AND a.Action = 'Created')");
        Check(problems, connection, "offers whose latest audited name is not their name",
            "SELECT COUNT(*) FROM Offers o WHERE o.HsdsId IS NOT NULL AND o.Name IS NOT (SELECT a.NewValue FROM AuditEntries a WHERE a.EntityType = 'Offer' AND a.EntityId = o.Id AND a.Field = 'Name' ORDER BY a.At DESC LIMIT 1)");
        Check(problems, connection, "audit rows of offers that do not exist",
            "SELECT COUNT(*) FROM AuditEntries a WHERE a.EntityType = 'Offer' AND a.Action <> 'Deleted' AND NOT EXISTS (SELECT 1 FROM Offers o WHERE o.Id = a.EntityId)");
        Check(problems, connection, "imported offers without a version",
            "SELECT COUNT(*) FROM Offers o WHERE o.HsdsId IS NOT NULL AND NOT EXISTS (SELECT 1 FROM OfferVersions v WHERE v.OfferId = o.Id)");
        Check(problems, connection, "versions of offers that do not exist",
            "SELECT COUNT(*) FROM OfferVersions v WHERE NOT EXISTS (SELECT 1 FROM Offers o WHERE o.Id = v.OfferId)");
        // The search index follows the change log: an offer without a row there would never reach the index.
        Check(problems, connection, "imported offers without a change-log row",
            "SELECT COUNT(*) FROM Offers o WHERE o.HsdsId IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ChangeLog c WHERE c.EntityType = 'Offer' AND c.EntityId = o.Id)");
        return new KillImportState(offers, published, versions.Count == 1 ? versions[0] : null, problems);
    }

    private static void Check(List<string> problems, SqliteConnection connection, string what, string sql)
    {
        var count = Count(connection, sql);
        if (count > 0)
            problems.Add($"{what}: {count}");
    }

    private static int Count(SqliteConnection connection, string sql) =>
        Convert.ToInt32(Scalar(connection, sql), CultureInfo.InvariantCulture);

    private static string Text(SqliteConnection connection, string sql) => Convert.ToString(Scalar(connection, sql), CultureInfo.InvariantCulture) ?? "";

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 300;
        return command.ExecuteScalar();
    }
}
