using System.Data.Common;
using System.Globalization;
using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Operations.Backup;

/// <summary>
/// Every row of every table of the model (join tables and Identity included) as sorted text lines, so that two
/// databases can be compared for identical content.
/// </summary>
internal static class DatabaseFingerprint
{
    public static async Task<IReadOnlyList<string>> ReadAsync(LotseDbContext db)
    {
        var tables = db.Model.GetEntityTypes()
            .Select(t => t.GetTableName())
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var lines = new List<string>();
        try
        {
            foreach (var table in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                await using DbDataReader reader = await command.ExecuteReaderAsync();
                var rows = new List<string>();
                while (await reader.ReadAsync())
                {
                    var values = Enumerable.Range(0, reader.FieldCount)
                        .Select(i => $"{reader.GetName(i)}={Format(reader.GetValue(i))}");
                    rows.Add(table + " " + string.Join(" | ", values));
                }
                rows.Sort(StringComparer.Ordinal);
                lines.Add($"{table}: {rows.Count} rows");
                lines.AddRange(rows);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return lines;
    }

    private static string Format(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
