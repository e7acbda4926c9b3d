using System.IO.Compression;
using System.Net;
using System.Text;
using Lotse.Features.Accounts;
using Lotse.Tests.Accounts;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Lotse.Tests.Editorial.SpreadsheetImport.SpreadsheetImportTestData;

namespace Lotse.Tests.Editorial.SpreadsheetImport;

/// <summary>Files the import refuses at once, with a German message and 400, before anything is kept or opened.</summary>
public sealed class BadFileTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "wrong type", "angebote.txt", "Bitte eine Datei im Format XLSX oder CSV hochladen." },
        { "oversized", "angebote.csv", "Die Datei ist größer als 5 MB." },
        { "zip bomb", "angebote.xlsx", "Die Excel-Datei ist entpackt zu groß oder besteht aus zu vielen Teilen." },
        { "not a zip", "angebote.xlsx", "Die Datei ist keine lesbare Excel-Datei (XLSX)." },
        { "empty csv", "angebote.csv", "Die Tabelle enthält keine Angebote." },
        { "foreign headers", "angebote.csv", "In der Kopfzeile fehlen die Spalten: Name, Beschreibung, Träger, Kommune. Bitte die Vorlage verwenden." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_a_german_message(string kind, string fileName, string message)
    {
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.MunicipalityEditor);

        var response = await UploadAsync(client, fileName, Content(kind));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#fehler").Text());
        Assert.Contains(message, page.QuerySelector("#Upload-error").Text());
        Assert.False(System.IO.Directory.Exists(Path.Combine(_factory.DataDirectory, "imports")) &&
                     System.IO.Directory.EnumerateFiles(Path.Combine(_factory.DataDirectory, "imports")).Any());
        Assert.Equal(0, await OffersTestData.QueryAsync(_factory, db => db.Offers.CountAsync()));
    }

    private static byte[] Content(string kind) => kind switch
    {
        "wrong type" => Csv(Row("Kurs", "Verein")),
        "oversized" => [.. Csv(Row("Kurs", "Verein")), .. Encoding.ASCII.GetBytes(new string(' ', 5 * 1024 * 1024))],
        "zip bomb" => ZipBomb(),
        "not a zip" => Encoding.UTF8.GetBytes("Name;Beschreibung\nKurs;Text"),
        "empty csv" => Csv(),
        "foreign headers" => Encoding.UTF8.GetBytes("Titel;Text\nKurs;Ein Kurs\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A tiny archive that inflates to 64 MB: more than the guard lets ClosedXML open.</summary>
    private static byte[] ZipBomb()
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
                stream.Write(zeros);
        }
        return output.ToArray();
    }
}
