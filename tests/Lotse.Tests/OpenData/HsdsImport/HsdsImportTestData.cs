using System.Data.Common;
using Lotse.Data;
using Lotse.Features.OpenData.HsdsImport;
using Lotse.Features.Operations.Commands;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.OpenData.HsdsImport;

/// <summary>Runs <c>import hsds</c> in-process against a test app and counts what is in its database.</summary>
public static class HsdsImportTestData
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "OpenData", "Fixtures", name);

    public static string OfficialCsvExamples => Path.Combine(Fixture("hsds-examples"), "csv");

    public static string Musterstadt => Fixture("hsds-musterstadt");

    public static async Task<(int ExitCode, string Out, string Error)> ImportAsync(this LotseAppFactory factory, params string[] args)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await ImportHsdsCommand.RunAsync(args, scope.ServiceProvider, new CommandConsole(new StringReader(""), output, error, IsInteractive: false));
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The number of rows of every table of the database (all of them, including audit log, versions and change log).</summary>
    public static async Task<Dictionary<string, long>> CountRowsAsync(this LotseAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
            counts[table] = await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table}\"");
        return counts;
    }

    public static async Task ExecuteSqlAsync(this LotseAppFactory factory, string sql)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LotseDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary>A temporary folder with a copy of a fixture package, to break on purpose.</summary>
    public static string CopyOf(string folder)
    {
        var copy = Path.Combine(Path.GetTempPath(), "lotse-tests", "hsds-" + Guid.NewGuid().ToString("N"), Path.GetFileName(folder));
        System.IO.Directory.CreateDirectory(copy);
        foreach (var file in System.IO.Directory.EnumerateFiles(folder))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
