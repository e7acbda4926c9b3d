using System.Diagnostics;
using System.Net;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Editorial.SpreadsheetImport;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Lotse.Tests.Editorial.SpreadsheetImport.SpreadsheetImportTestData;

namespace Lotse.Tests.Faults.Infra;

/// <summary>
/// The data folder (SQLite database, uploads, index) on a full disk: an editorial save, an upload and an import
/// answer a German 507 page (or succeed in space SQLite already holds), never 500; the database stays intact
/// with its previous data; once space is freed the same writes work without a restart.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly List<IDisposable> _cleanup = [];

    [SkippableFact]
    public async Task Writes_on_a_full_disk_fail_clearly_and_corrupt_nothing_and_work_again_after_space_is_freed()
    {
        var clock = Stopwatch.StartNew();
        var disk = new SmallDisk(megabytes: 8);
        _cleanup.Add(disk);
        var factory = new LotseAppFactory(demoData: false);
        factory.Settings["Lotse:DataDirectory"] = disk.Path;
        _cleanup.Insert(0, factory);

        await SpreadsheetImportTestData.AddOrganizationAsync(factory, "AWO Troisdorf");
        var offer = await OffersTestData.AddOfferAsync(factory, "Sprachcafé Troisdorf");
        var (client, _) = await OffersTestData.SignInAsync(factory, Roles.CountyEditor);
        var preview = await UploadForPreviewAsync(client, "vorher.csv", Csv(Row("Deutschkurs am Abend", "AWO Troisdorf")));
        var offersBefore = await OfferNamesAsync(factory);

        var filled = disk.Fill();
        var outcomes = new List<string>();
        // Each write fills what little is left; several rounds make sure every kind meets the full disk.
        for (var round = 0; round < 3; round++)
        {
            await Check(outcomes, "save", () => FormReadableThen(client, $"/intern/angebote/{offer.Id}", () => OffersTestData.PostFormAsync(client, $"/intern/angebote/{offer.Id}",
                f => f.Set("Input.Description", $"Geändert bei vollem Speicher ({round}): " + new string('x', 15_000)))));
            await Check(outcomes, "upload", () => FormReadableThen(client, UploadPath, () => UploadAsync(client, "voll.csv", Csv(Enumerable.Range(0, 200)
                .Select(i => Row($"Kurs {i} " + new string('y', 200), "AWO Troisdorf")).ToArray()))));
            await Check(outcomes, "import", () => FormReadableThen(client, preview, () => ConfirmAsync(client, preview)));
            disk.Fill();
        }
        var refused = outcomes.Count(o => o.EndsWith(": 507", StringComparison.Ordinal) || o.EndsWith(": 503", StringComparison.Ordinal));
        Assert.True(refused > 0, "no write met the full disk: " + string.Join(", ", outcomes));

        // Nothing corrupt, nothing lost. Checked once space is freed: on the full disk even a read may fail to map
        // SQLite's shared-memory file, and damage done while full would still show afterwards.
        disk.Free();
        Assert.Equal("ok", await IntegrityAsync(factory));
        var offersAfter = await OfferNamesAsync(factory);
        Assert.Empty(offersBefore.Except(offersAfter));

        // The same writes work again, without a restart.
        var save = await OffersTestData.PostFormAsync(client, $"/intern/angebote/{offer.Id}", f => f.Set("Input.Description", "Wieder Platz."));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal("Wieder Platz.", (await OffersTestData.LoadOfferAsync(factory, offer.Id)).Description);
        var again = await UploadForPreviewAsync(client, "danach.csv", Csv(Row("Schwimmkurs", "AWO Troisdorf")));
        var confirmed = await ConfirmAsync(client, again);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("Schwimmkurs", await OfferNamesAsync(factory));
        Assert.Equal("ok", await IntegrityAsync(factory));
        var health = await FaultReport.HealthAsync(factory.CreateClient());
        Assert.Equal("Healthy", health.Checks["database"].Status);

        FaultReport.Append($"faults/disk-full: {filled / 1024} KiB filled on an 8 MB tmpfs, {outcomes.Count} writes ({string.Join(", ", outcomes)}), " +
            $"{refused} refused with 507 or 503, 0 answered 500, integrity_check ok, {offersBefore.Count} previous offers intact, writes work after freeing space, {clock.Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>
    /// The form a write starts from: on a full disk SQLite may already fail to open its shared-memory file for the read
    /// (an I/O error, answered 503 "nichts gespeichert"); that answer is then the outcome of the write.
    /// </summary>
    private static async Task<HttpResponseMessage> FormReadableThen(HttpClient client, string form, Func<Task<HttpResponseMessage>> write)
    {
        var page = await client.GetAsync(form);
        if (!page.IsSuccessStatusCode)
            return page;
        page.Dispose();
        return await write();
    }

    private static async Task Check(List<string> outcomes, string what, Func<Task<HttpResponseMessage>> write)
    {
        using var response = await write();
        var body = await response.Content.ReadAsStringAsync();
        var code = (int)response.StatusCode;
        outcomes.Add($"{what}: {code}");
        Assert.True(code is 302 or 200 or 503 or 507, $"{what} on a full disk answered {code}:\n{OffersTestData.Excerpt(body)}");
        if (code == 507)
            Assert.Contains("Speicherplatz", body);
        if (code == 503)
            Assert.Contains("nicht gespeichert", body);
    }

    private static Task<List<string>> OfferNamesAsync(LotseAppFactory factory) =>
        OffersTestData.QueryAsync(factory, db => db.Offers.AsNoTracking().Select(o => o.Name).ToListAsync());

    private static Task<string> IntegrityAsync(LotseAppFactory factory) =>
        OffersTestData.QueryAsync(factory, async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            return (string)(await command.ExecuteScalarAsync())!;
        });

    public void Dispose()
    {
        foreach (var item in _cleanup)
            item.Dispose();
    }
}
