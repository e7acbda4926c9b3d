using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Faults.Kill;

/// <summary>
/// The kill test is only as good as its checks: a torn offer, a lost acknowledged save and data the audit log does not
/// name must each be reported (here made by hand with SQL, as a broken transaction would leave them).
/// </summary>
[Trait("Category", "Faults")]
public sealed class KillSavesStateTests
{
    private const string Token = "zqabcdefghkv";

    [Fact]
    public async Task A_torn_offer_a_lost_save_and_unaudited_data_are_each_reported()
    {
        using var factory = new LotseAppFactory(demoData: true);
        var originals = await OriginalsAsync(factory);
        var (torn, lost, unaudited) = (originals.Keys.ElementAt(0), originals.Keys.ElementAt(1), originals.Keys.ElementAt(2));
        var ledger = new KillSavesLedger(originals);
        foreach (var offer in originals.Keys)
            ledger.Sending(offer, TokenOf(offer));
        ledger.Acknowledged(lost, TokenOf(lost));
        var database = Path.Combine(factory.DataDirectory, "lotse.db");
        SqliteConnection.ClearAllPools();
        // Half a save: name and alternative name of one save, the description of none.
        Execute(database, torn, $"UPDATE Offers SET Name = '{KillSavesEditor.NameWith(TokenOf(torn))}', AlternateName = '{TokenOf(torn)}' WHERE upper(Id) = upper($id)");
        // A whole save that bypassed the app: no audit row, no version.
        Execute(database, unaudited, $"UPDATE Offers SET Name = '{KillSavesEditor.NameWith(TokenOf(unaudited))}', AlternateName = '{TokenOf(unaudited)}', "
            + $"Description = '{KillSavesEditor.DescriptionWith(TokenOf(unaudited))}' WHERE upper(Id) = upper($id)");

        var (_, problems) = KillSavesState.Read(database, ledger);

        Assert.Contains(problems, p => p.StartsWith($"torn offer {torn}", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"offer {lost} holds „its original content“", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"offer {unaudited}: latest audited Name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"offer {unaudited}: its latest version", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.StartsWith("PRAGMA", StringComparison.Ordinal));
    }

    /// <summary>One token per offer (the tokens' own spacing does not matter to these checks).</summary>
    private static string TokenOf(Guid offer) => Token + offer.ToString("N")[..1];

    private static async Task<Dictionary<Guid, string>> OriginalsAsync(LotseAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        return await db.Offers.Where(o => o.Status == OfferStatus.Published).OrderBy(o => o.Name).Take(3).ToDictionaryAsync(o => o.Id, o => o.Name);
    }

    private static void Execute(string database, Guid id, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id.ToString());
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
