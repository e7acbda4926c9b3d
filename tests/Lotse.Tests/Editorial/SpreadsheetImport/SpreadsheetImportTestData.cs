using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.SpreadsheetImport;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Editorial.SpreadsheetImport;

/// <summary>Spreadsheets built as a municipality would fill in the template, and the upload form posted as a browser does.</summary>
public static class SpreadsheetImportTestData
{
    public const string UploadPath = "/intern/import/tabelle";
    public const string Troisdorf = "05382068";
    public const string Siegburg = "05382060";

    /// <summary>The template's headers, in order.</summary>
    public static IReadOnlyList<string> Headers => SpreadsheetColumns.All.Select(c => c.Header).ToList();

    /// <summary>A row as header → value; columns not given stay empty.</summary>
    public static Dictionary<string, string> Row(string name, string organization, string municipality = "Troisdorf", params (string Header, string Value)[] more)
    {
        var row = new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Beschreibung"] = $"{name}: ein Angebot aus der Tabelle.",
            ["Träger"] = organization,
            ["Kommune"] = municipality,
        };
        foreach (var (header, value) in more)
            row[header] = value;
        return row;
    }

    public static byte[] Xlsx(params Dictionary<string, string>[] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(SpreadsheetColumns.OffersSheet);
        for (var c = 0; c < Headers.Count; c++)
            sheet.Cell(1, c + 1).SetValue(Headers[c]);
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < Headers.Count; c++)
                if (rows[r].TryGetValue(Headers[c], out var value))
                    sheet.Cell(r + 2, c + 1).SetValue(value);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>Semicolon-separated, UTF-8 with BOM, as German Excel saves "CSV UTF-8".</summary>
    public static byte[] Csv(params Dictionary<string, string>[] rows)
    {
        var text = new StringBuilder();
        text.Append(CsvText.Line(Headers, ';')).Append("\r\n");
        foreach (var row in rows)
            text.Append(CsvText.Line(Headers.Select(h => row.GetValueOrDefault(h, "")), ';')).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>GETs the upload form and POSTs the file with the form's antiforgery token; the answer is not followed.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, byte[] content)
    {
        var token = await FormTokenAsync(client, UploadPath);
        var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        return await client.PostAsync(UploadPath, form);
    }

    /// <summary>Uploads and returns the preview page's address.</summary>
    public static async Task<string> UploadForPreviewAsync(HttpClient client, string fileName, byte[] content)
    {
        var response = await UploadAsync(client, fileName, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"upload: {(int)response.StatusCode}\n{body[..Math.Min(body.Length, 3000)]}");
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith(UploadPath + "/", location, StringComparison.Ordinal);
        return location;
    }

    public static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string previewPath, string saveAs = "entwurf", bool skipDuplicates = false)
    {
        var token = await FormTokenAsync(client, previewPath);
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["SaveAs"] = saveAs };
        if (skipDuplicates)
            fields["SkipDuplicates"] = "true";
        return await client.PostAsync(previewPath, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> FormTokenAsync(HttpClient client, string path)
    {
        var document = await OffersTestData.GetPageAsync(client, path);
        return ((IHtmlInputElement)document.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
    }

    public static async Task<Organization> AddOrganizationAsync(LotseAppFactory factory, string name, string municipalityCode = Troisdorf)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var municipality = await db.Municipalities.SingleAsync(m => m.Code == municipalityCode);
        var organization = new Organization { Id = Guid.NewGuid(), Name = name, MunicipalityId = municipality.Id };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization;
    }
}
