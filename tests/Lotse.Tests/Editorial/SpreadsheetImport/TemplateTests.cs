using System.Net;
using ClosedXML.Excel;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.SpreadsheetImport;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Editorial.SpreadsheetImport;

/// <summary>The templates a municipality downloads: the columns, the dropdowns fed from the live lists, the guide.</summary>
public sealed class TemplateTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_xlsx_template_has_the_columns_hidden_lists_from_the_database_and_dropdowns_on_them()
    {
        await SpreadsheetImportTestData.AddOrganizationAsync(_factory, "Caritas Troisdorf");
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.CountyEditor);

        var response = await client.GetAsync("/intern/import/tabelle/vorlage/xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SpreadsheetTemplate.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));

        Assert.Equal(["Angebote", "Listen", "Anleitung"], workbook.Worksheets.Select(w => w.Name));
        var offers = workbook.Worksheet("Angebote");
        Assert.Equal(SpreadsheetImportTestData.Headers, offers.Row(1).CellsUsed().Select(c => c.GetString()));

        var lists = workbook.Worksheet("Listen");
        Assert.Equal(XLWorksheetVisibility.Hidden, lists.Visibility);
        var listValues = lists.CellsUsed().Select(c => c.GetString()).ToHashSet();
        Assert.Contains("Troisdorf", listValues);
        Assert.Contains("Siegburg", listValues);
        Assert.Contains("kreisweit", listValues);
        Assert.Contains("Caritas Troisdorf", listValues);
        Assert.Contains("Sprache", listValues);
        Assert.Contains("Geflüchtete", listValues);
        Assert.Contains("Arabisch", listValues);

        // Each list column of "Angebote" has a dropdown whose source lies on "Listen".
        foreach (var header in new[] { "Kommune", "Träger", "Themen", "Angebotsarten", "Zielgruppen", "Sprachen", "Kostenlos" })
        {
            var column = SpreadsheetImportTestData.Headers.ToList().IndexOf(header) + 1;
            var cell = offers.Cell(2, column);
            Assert.True(cell.HasDataValidation, $"{header}: no dropdown");
            var validation = cell.DataValidation;
            Assert.Equal(XLAllowedValues.List, validation.AllowedValues);
            Assert.Contains("Listen", validation.Value, StringComparison.Ordinal);
            Assert.True(validation.InCellDropdown);
        }
        Assert.False(offers.Cell(2, 1).HasDataValidation);
        Assert.Contains(workbook.Worksheet("Anleitung").CellsUsed(), c => c.GetString().Contains("Semikolon", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_municipal_editor_s_template_lists_only_the_own_municipality_and_no_county_wide_choice()
    {
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.MunicipalityEditor);

        using var workbook = new XLWorkbook(new MemoryStream(await client.GetByteArrayAsync("/intern/import/tabelle/vorlage/xlsx")));

        var municipalities = workbook.Worksheet("Listen").Column(1).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        Assert.Equal(["Troisdorf"], municipalities);
    }

    [Fact]
    public async Task The_csv_template_is_utf8_with_bom_and_semicolons()
    {
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.Provider);

        var response = await client.GetAsync("/intern/import/tabelle/vorlage/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var line = System.Text.Encoding.UTF8.GetString(bytes[3..]).TrimEnd();
        Assert.Equal(string.Join(';', SpreadsheetImportTestData.Headers), line);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/intern/import/tabelle/vorlage/ods")).StatusCode);
    }
}
