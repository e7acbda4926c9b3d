using System.Net.Http.Headers;
using Lotse.Features.Accounts;
using Lotse.Features.Planning;
using Lotse.Tests.Finance;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.Planning;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Tests.Security;

/// <summary>The upload forms of the back office besides the spreadsheet import, posted as a browser does, and what each would store.</summary>
public static class UploadForms
{
    public const string ConceptDocument = "concept document";
    public const string LevyImport = "levy import";
    public const string ControllingImport = "controlling import";

    public static TheoryData<string> All => new() { ConceptDocument, LevyImport, ControllingImport };

    /// <summary>The name of the file field on the form (its id, too).</summary>
    public static string Field(string form) => form == ConceptDocument ? "Document" : "Upload";

    /// <summary>Posts <paramref name="content"/> through the form as a county editor; <paramref name="fileName"/>'s extension suits the form.</summary>
    public static async Task<HttpResponseMessage> PostAsync(LotseAppFactory factory, string form, byte[] content)
    {
        var client = await WorkbenchTestData.ClientAsync(factory, Roles.CountyEditor);
        switch (form)
        {
            case ConceptDocument:
                var id = await PlanningTestData.AddConceptAsync(factory, "Entwurf");
                var page = await PlanningTestData.PageAsync(client, PlanningPaths.ConceptVersion(id));
                var file = new ByteArrayContent(content);
                file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                var body = new MultipartFormDataContent
                {
                    { new StringContent(PlanningTestData.Token(page)), "__RequestVerificationToken" },
                    { new StringContent(PlanningTestData.Stamp(page)), "Input.ConcurrencyStamp" },
                    { new StringContent("Integrationskonzept 2013"), "Input.Title" },
                    { new StringContent("Kreistag"), "Input.AdoptedBy" },
                    { new StringContent("2013-12-12"), "Input.AdoptedOn" },
                    { new StringContent("Integration durch Bildung"), "Input.FieldsOfAction" },
                    { file, "Document", "konzept.pdf" },
                };
                return await client.PostAsync(PlanningPaths.ConceptVersion(id), body);
            case LevyImport:
                return await WorkbenchTestData.PostFileAsync(client, "/intern/umlage/import", "grundlagen.csv", content);
            case ControllingImport:
                var period = await WorkbenchTestData.CreatePeriodAsync(factory);
                return await WorkbenchTestData.PostFileAsync(client, $"/intern/controlling/{period}/import", "ist.csv", content);
            default:
                throw new ArgumentOutOfRangeException(nameof(form));
        }
    }

    /// <summary>A file the form accepts today (without a virus scan), with the EICAR test string inside when <paramref name="eicar"/>.</summary>
    public static byte[] Content(string form, bool eicar)
    {
        var marker = eicar ? System.Text.Encoding.ASCII.GetString(ClamdServer.Eicar) : "sauber";
        return form switch
        {
            // A PDF comment line is ignored by readers but kept in the bytes.
            ConceptDocument => [.. PlanningTestData.MinimalPdf, .. System.Text.Encoding.ASCII.GetBytes($"%{marker}\n")],
            LevyImport => System.Text.Encoding.UTF8.GetBytes($"AGS;Jahr;Umlagegrundlage;Bemerkung\r\n05382068;2013;45.000.000;{marker}\r\n"),
            ControllingImport => System.Text.Encoding.UTF8.GetBytes($"Monat;Kategorie;Stelle;Betrag;Bemerkung\n2014-01;Projektmittel;;250,50;{marker}\n"),
            _ => throw new ArgumentOutOfRangeException(nameof(form)),
        };
    }

    /// <summary>How many things the form has stored: concept documents, levy bases or controlling amounts.</summary>
    public static async Task<int> StoredAsync(LotseAppFactory factory, string form)
    {
        var documents = Path.Combine(factory.DataDirectory, "concept-documents");
        return form switch
        {
            ConceptDocument => (System.IO.Directory.Exists(documents) ? System.IO.Directory.GetFiles(documents).Length : 0)
                + await WorkbenchTestData.WithDbAsync(factory, db => db.ConceptVersions.CountAsync(v => v.DocumentStoredName != null)),
            LevyImport => await WorkbenchTestData.WithDbAsync(factory, db => db.LevyBases.CountAsync()),
            ControllingImport => await WorkbenchTestData.WithDbAsync(factory, db => db.ControllingAmounts.CountAsync()),
            _ => throw new ArgumentOutOfRangeException(nameof(form)),
        };
    }
}
