using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using Lotse.Features.Editorial.SpreadsheetImport;

namespace Lotse.Tests.Hostile;

/// <summary>Generated upload and import files: spreadsheets with hostile cells, broken archives, zip bombs, HSDS packages.</summary>
public static class FuzzFiles
{
    // Built once: 300 MB of zeros compress to a few hundred KB, the classic bomb inside an .xlsx.
    private static readonly Lazy<byte[]> Bomb = new(() =>
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 300; i++)
                entry.Write(zeros);
        }
        return stream.ToArray();
    });

    public static byte[] ZipBomb(Random random) => Bomb.Value;

    public static byte[] BrokenZip(Random random)
    {
        var bytes = new byte[random.Next(30, 5000)];
        random.NextBytes(bytes);
        "PK\u0003\u0004"u8.ToArray().CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>The import template's sheet with hostile values, formulas among them.</summary>
    public static byte[] Xlsx(Random random)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(random.Next(4) == 0 ? SheetName(HostileStrings.Next(random)) : SpreadsheetColumns.OffersSheet);
        for (var c = 0; c < SpreadsheetColumns.All.Count; c++)
            sheet.Cell(1, c + 1).Value = SpreadsheetColumns.All[c].Header;
        for (var row = 2; row < 2 + random.Next(1, 8); row++)
        {
            for (var c = 1; c <= SpreadsheetColumns.All.Count; c++)
            {
                if (random.Next(6) == 0)
                    sheet.Cell(row, c).FormulaA1 = Pick(random, ["1/0", "A1&A1", "HYPERLINK(\"http://x\")", "NOW()", "REPT(\"x\",32000)"]);
                else
                    sheet.Cell(row, c).Value = Cell(HostileStrings.Next(random));
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// A valid import workbook whose sheet XML declares entities: an exponential "billion laughs" expansion or an
    /// external entity reading a local file. The reader must refuse the document type, not expand it.
    /// </summary>
    public static byte[] XlsxWithEntities(Random random)
    {
        var doctype = random.Next(2) == 0
            ? "<!DOCTYPE worksheet [<!ENTITY a \"lotse\">" + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">")) + "]>"
            : "<!DOCTYPE worksheet [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";
        var entity = doctype.Contains("SYSTEM", StringComparison.Ordinal) ? "&e;" : "&j;";
        using var stream = new MemoryStream();
        stream.Write(Xlsx(random));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(sheet.Open()))
                xml = reader.ReadToEnd();
            var declarationEnd = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
            xml = xml[..declarationEnd] + doctype + xml[declarationEnd..];
            // The entity goes into the first inline or shared text the sheet has, or into a new first cell.
            var at = xml.IndexOf("<sheetData>", StringComparison.Ordinal);
            if (at >= 0)
                xml = xml.Insert(at + "<sheetData>".Length, $"<row r=\"1000\"><c r=\"A1000\" t=\"inlineStr\"><is><t>{entity}</t></is></c></row>");
            var name = sheet.FullName;
            sheet.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }
        return stream.ToArray();
    }

    // What a spreadsheet program accepts as a sheet name: no [ ] * ? / \ :, not blank, no apostrophe at either end, ≤ 31 characters.
    private static string SheetName(string value)
    {
        var name = new string(Cell(value).Where(ch => ch is not ('[' or ']' or '*' or '?' or '/' or '\\' or ':')).ToArray()).Trim().Trim('\'').Trim();
        return name.Length is > 0 and <= 31 ? name : "X";
    }

    public static byte[] Csv(Random random)
    {
        if (random.Next(5) == 0)
            return HostileStrings.BrokenUtf8(random);
        var text = new StringBuilder();
        text.AppendLine(string.Join(';', SpreadsheetColumns.All.Select(c => c.Header)));
        for (var row = 0; row < random.Next(1, 10); row++)
            text.AppendLine(string.Join(random.Next(8) == 0 ? "," : ";", SpreadsheetColumns.All.Select(_ => Quote(HostileStrings.Next(random)))));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>HSDS JSON: a service (or an array of them) with hostile values, sometimes deep or broken.</summary>
    public static byte[] HsdsJson(Random random)
    {
        switch (random.Next(6))
        {
            case 0:
                return HostileStrings.BrokenUtf8(random);
            case 1:
                return Encoding.UTF8.GetBytes(HostileStrings.DeepJson(random.Next(100, 20_000), random.Next(2) == 0));
        }
        var service = $$$"""
            {"id": {{{Json(random)}}}, "name": {{{Json(random)}}}, "description": {{{Json(random)}}}, "status": {{{Json(random)}}},
             "organization": {"id": {{{Json(random)}}}, "name": {{{Json(random)}}}},
             "url": {{{Json(random)}}}, "email": {{{Json(random)}}}, "assured_date": {{{Json(random)}}},
             "attributes": [{"id": {{{Json(random)}}}, "taxonomy_term": {"id": {{{Json(random)}}}, "code": {{{Json(random)}}}, "name": {{{Json(random)}}}}}],
             "languages": [{"id": {{{Json(random)}}}, "code": {{{Json(random)}}}}],
             "service_at_locations": [{"id": {{{Json(random)}}}, "location": {"id": {{{Json(random)}}}, "name": {{{Json(random)}}}, "latitude": {{{Json(random)}}},
               "addresses": [{"id": {{{Json(random)}}}, "address_1": {{{Json(random)}}}, "city": {{{Json(random)}}}, "postal_code": {{{Json(random)}}}, "country": {{{Json(random)}}}}]}}]}
            """;
        return Encoding.UTF8.GetBytes(random.Next(2) == 0 ? service : $"[{service},{service}]");
    }

    /// <summary>An HSDS CSV datapackage with hostile cells, or an archive that is not one.</summary>
    public static byte[] HsdsZip(Random random)
    {
        if (random.Next(4) == 0)
            return random.Next(2) == 0 ? Bomb.Value : BrokenZip(random);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "organizations.csv", "id,name,description\n" + Row(random, 3));
            Write(zip, "services.csv", "id,organization_id,name,description,status\n" + Row(random, 5));
            Write(zip, "locations.csv", "id,name,latitude,longitude\n" + Row(random, 4));
            if (random.Next(2) == 0)
                Write(zip, "datapackage.json", Encoding.UTF8.GetString(HsdsJson(random)));
        }
        return stream.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    private static string Row(Random random, int cells) =>
        string.Join(',', Enumerable.Range(0, cells).Select(_ => Quote(HostileStrings.Next(random)))) + "\n";

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

    private static string Json(Random random) => random.Next(5) switch
    {
        0 => random.Next(-1000, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => "null",
        2 => "[]",
        _ => System.Text.Json.JsonSerializer.Serialize(HostileStrings.Next(random)),
    };

    // A cell holds at most 32 767 characters and only characters XML allows (Excel writes no others either).
    private static string Cell(string value)
    {
        var allowed = new string(value.Where(ch => System.Xml.XmlConvert.IsXmlChar(ch)).ToArray());
        return allowed.Length > 32_000 ? allowed[..32_000] : allowed;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
