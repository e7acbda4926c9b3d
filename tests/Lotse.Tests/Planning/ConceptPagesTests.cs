using System.Net;
using System.Net.Http.Headers;
using Lotse.Features.Accounts;
using Lotse.Features.Planning;
using Lotse.Features.Planning.Concept;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Planning;

public sealed class ConceptPagesTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, Guid id, byte[]? file, string fileName = "konzept.pdf",
        string? adoptedOn = "2013-12-12", string? stamp = null)
    {
        var page = await PlanningTestData.PageAsync(client, PlanningPaths.ConceptVersion(id));
        var form = new MultipartFormDataContent
        {
            { new StringContent(PlanningTestData.Token(page)), "__RequestVerificationToken" },
            { new StringContent(stamp ?? PlanningTestData.Stamp(page)), "Input.ConcurrencyStamp" },
            { new StringContent("Integrationskonzept 2013"), "Input.Title" },
            { new StringContent("Kreistag"), "Input.AdoptedBy" },
            { new StringContent(adoptedOn ?? ""), "Input.AdoptedOn" },
            { new StringContent("Integration durch Bildung\nIntegration als Querschnittsaufgabe"), "Input.FieldsOfAction" },
        };
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(content, "Document", fileName);
        }
        return await client.PostAsync(PlanningPaths.ConceptVersion(id), form);
    }

    [Fact]
    public async Task An_uploaded_docx_is_stored_outside_wwwroot_and_downloaded_with_its_real_type()
    {
        var client = await PlanningTestData.EditorAsync(_factory);
        var id = await PlanningTestData.AddConceptAsync(_factory, "Entwurf");

        var docx = ConceptDocumentKindTests.Docx;
        var saved = await SaveAsync(client, id, docx, fileName: "..\\Konzept Entwurf.pdf");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var reader = await PlanningTestData.ClientAsync(_factory, Roles.Reader);
        var download = await reader.GetAsync(PlanningPaths.ConceptDocument(id));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(ConceptDocumentKind.Docx.ContentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Konzept Entwurf.docx", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(docx, await download.Content.ReadAsByteArrayAsync());
        Assert.Single(System.IO.Directory.GetFiles(Path.Combine(_factory.DataDirectory, "concept-documents")));
    }

    [Theory]
    [InlineData("wrong-type", "kein PDF-, DOCX- oder ODT-Dokument")]
    [InlineData("empty", "Die gewählte Datei ist leer")]
    [InlineData("too-big", "Die Datei ist zu groß")]
    public async Task A_bad_upload_is_refused_with_a_German_message_and_nothing_is_saved(string kind, string message)
    {
        var client = await PlanningTestData.EditorAsync(_factory);
        var id = await PlanningTestData.AddConceptAsync(_factory, "Entwurf");
        var file = kind switch
        {
            "wrong-type" => "<script>alert(1)</script>"u8.ToArray(),
            "empty" => [],
            _ => PlanningTestData.MinimalPdf.Concat(new byte[ConceptDocumentStore.MaxBytes]).ToArray(),
        };

        var response = await SaveAsync(client, id, file);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await AccountsTestData.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#fehler")!.TextContent);
        Assert.NotNull(page.QuerySelector("#fehler a[href='#Document']"));
        var stored = await PlanningTestData.WithDbAsync(_factory, db => db.ConceptVersions.FindAsync(id).AsTask());
        Assert.Null(stored!.DocumentStoredName);
        Assert.Null(stored.AdoptedOn);
    }

    [Fact]
    public async Task The_concept_in_force_on_a_date_is_the_latest_adopted_on_or_before_it()
    {
        var client = await PlanningTestData.ClientAsync(_factory, Roles.Reader);
        await PlanningTestData.AddConceptAsync(_factory, "Konzept 2011", new DateOnly(2011, 2, 15));
        await PlanningTestData.AddConceptAsync(_factory, "Konzept 2013", new DateOnly(2013, 12, 12));
        await PlanningTestData.AddConceptAsync(_factory, "Entwurf ohne Beschluss");

        Assert.Contains("Konzept 2011", (await PlanningTestData.PageAsync(client, "/intern/konzept?stichtag=2013-12-11")).QuerySelector("#konzept-in-kraft")!.TextContent);
        Assert.Contains("Konzept 2013", (await PlanningTestData.PageAsync(client, "/intern/konzept?stichtag=2013-12-12")).QuerySelector("#konzept-in-kraft")!.TextContent);
        Assert.Contains("kein beschlossenes", (await PlanningTestData.PageAsync(client, "/intern/konzept?stichtag=2010-01-01")).QuerySelector("#konzept-in-kraft")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/intern/konzept?stichtag=31.02.2013")).StatusCode);
    }

    [Fact]
    public async Task Invalid_fields_answer_400_with_an_error_summary_and_a_stale_stamp_answers_409()
    {
        var client = await PlanningTestData.EditorAsync(_factory);
        var id = await PlanningTestData.AddConceptAsync(_factory, "Entwurf");

        var invalid = await SaveAsync(client, id, null, adoptedOn: "12.13.2013");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.NotNull((await AccountsTestData.ParseAsync(invalid)).QuerySelector("#fehler a[href='#Input_AdoptedOn']"));

        var first = await PlanningTestData.PageAsync(client, PlanningPaths.ConceptVersion(id));
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(client, id, null)).StatusCode);
        var stale = await SaveAsync(client, id, null, adoptedOn: "2014-01-01", stamp: PlanningTestData.Stamp(first));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var stored = await PlanningTestData.WithDbAsync(_factory, db => db.ConceptVersions.FindAsync(id).AsTask());
        Assert.Equal(new DateOnly(2013, 12, 12), stored!.AdoptedOn);
    }

    [Fact]
    public async Task A_reader_may_read_but_not_create_or_change()
    {
        var reader = await PlanningTestData.ClientAsync(_factory, Roles.Reader);
        var id = await PlanningTestData.AddConceptAsync(_factory, "Entwurf");
        var readerPage = await PlanningTestData.PageAsync(reader, PlanningPaths.Concept);
        Assert.Null(readerPage.QuerySelector("form[method=post]"));
        var edit = await PlanningTestData.PageAsync(reader, PlanningPaths.ConceptVersion(id));

        var create = await PlanningTestData.PostAsync(reader, PlanningPaths.Concept, PlanningTestData.Token(edit), new() { ["NewTitle"] = "X" });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        var post = await PlanningTestData.PostAsync(reader, PlanningPaths.ConceptVersion(id), PlanningTestData.Token(edit),
            new() { ["Input.Title"] = "Geändert", ["Input.ConcurrencyStamp"] = PlanningTestData.Stamp(edit) });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await PlanningTestData.WithDbAsync(_factory, db => Task.FromResult(db.ConceptVersions.Count(v => v.Title == "Geändert" || v.Title == "X"))));
    }
}
