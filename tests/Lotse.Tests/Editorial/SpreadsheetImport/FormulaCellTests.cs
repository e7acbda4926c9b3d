using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Lotse.Features.Accounts;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using static Lotse.Tests.Editorial.SpreadsheetImport.SpreadsheetImportTestData;

namespace Lotse.Tests.Editorial.SpreadsheetImport;

/// <summary>A formula cell counts with the value the spreadsheet program stored; the import never calculates it.</summary>
public sealed class FormulaCellTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_formula_cell_is_read_as_its_stored_value_not_recalculated()
    {
        await SpreadsheetImportTestData.AddOrganizationAsync(_factory, "Caritas Troisdorf");
        var (client, _) = await OffersTestData.SignInAsync(_factory, Roles.MunicipalityEditor);
        var file = WithFormula(Xlsx(Row("Platzhalter", "Caritas Troisdorf")), "A2", "UPPER(\"berechnet\")", "Gespeicherter Name");

        var preview = await UploadForPreviewAsync(client, "formel.xlsx", file);
        var row = (await OffersTestData.GetPageAsync(client, preview)).QuerySelector("#vorschau tbody tr[data-line='2']").Text();

        Assert.Contains("Gespeicherter Name", row);
        Assert.DoesNotContain("BERECHNET", row);
        Assert.DoesNotContain("Platzhalter", row);
    }

    /// <summary>Replaces a cell of the first sheet by a formula with a stored (cached) result, as Excel saves it.</summary>
    private static byte[] WithFormula(byte[] xlsx, string cell, string formula, string cached)
    {
        using var buffer = new MemoryStream();
        buffer.Write(xlsx);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
                xml = reader.ReadToEnd();
            var pattern = new Regex($@"<(?<p>\w+:)?c r=""{cell}""[^>]*?(/>|>.*?</\k<p>c>)", RegexOptions.Singleline);
            Assert.Matches(pattern, xml);
            xml = pattern.Replace(xml, m =>
            {
                var p = m.Groups["p"].Value;
                return $@"<{p}c r=""{cell}"" t=""str""><{p}f>{System.Security.SecurityElement.Escape(formula)}</{p}f><{p}v>{cached}</{p}v></{p}c>";
            }, 1);
            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }
        return buffer.ToArray();
    }
}
