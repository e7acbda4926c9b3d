using Lotse.Features.Accounts;
using Lotse.Features.Editorial.SpreadsheetImport;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using static Lotse.Tests.Editorial.SpreadsheetImport.SpreadsheetImportTestData;

namespace Lotse.Tests.Editorial.SpreadsheetImport;

/// <summary>
/// One account cannot fill the disk with uploads it never confirms (OWASP ASVS 4.0 V12.1.3): it keeps at most
/// <see cref="PendingImports.MaxWaitingPerUser"/> waiting files; the oldest goes first, other accounts' files stay.
/// </summary>
public sealed class UploadQuotaTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Uploads_beyond_the_quota_replace_the_accounts_oldest_waiting_file()
    {
        await AddOrganizationAsync(_factory, "AWO Troisdorf");
        var (other, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);
        var othersPreview = await UploadForPreviewAsync(other, "andere.csv", Csv(Row("Kurs der Kollegin", "AWO Troisdorf")));
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.MunicipalityEditor);

        var previews = new List<string>();
        for (var i = 0; i <= PendingImports.MaxWaitingPerUser; i++)
            previews.Add(await UploadForPreviewAsync(client, $"liste-{i}.csv", Csv(Row($"Kurs Nummer {i}", "AWO Troisdorf"))));

        Assert.Equal(PendingImports.MaxWaitingPerUser + 1, System.IO.Directory.EnumerateFiles(Path.Combine(_factory.DataDirectory, "imports"), "*.upload").Count());
        var oldest = await OffersTestData.GetPageAsync(client, previews[0]);
        Assert.Contains("Die hochgeladene Datei ist nicht mehr vorhanden. Bitte erneut hochladen.", oldest.Body!.TextContent);
        var second = await OffersTestData.GetPageAsync(client, previews[1]);
        Assert.Contains("Kurs Nummer 1", second.Body!.TextContent);
        var newest = await OffersTestData.GetPageAsync(client, previews[^1]);
        Assert.Contains($"Kurs Nummer {PendingImports.MaxWaitingPerUser}", newest.Body!.TextContent);
        var others = await OffersTestData.GetPageAsync(other, othersPreview);
        Assert.Contains("Kurs der Kollegin", others.Body!.TextContent);
    }
}
