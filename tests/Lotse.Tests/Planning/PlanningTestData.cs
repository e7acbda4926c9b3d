using System.Net;
using AngleSharp.Html.Dom;
using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Planning;
using Lotse.Features.Planning.Application;
using Lotse.Features.Planning.Concept;
using Lotse.Tests.Accounts;
using Lotse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.Planning;

/// <summary>Entries of the concept/council/application areas written straight to the database, and form helpers.</summary>
public static class PlanningTestData
{
    public static async Task<T> WithDbAsync<T>(LotseAppFactory factory, Func<LotseDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<LotseDbContext>());
    }

    public static Task<Guid> AddConceptAsync(LotseAppFactory factory, string title, DateOnly? adoptedOn = null, string? adoptedBy = "Kreistag") =>
        WithDbAsync(factory, async db =>
        {
            var version = new IntegrationConceptVersion { Id = Guid.NewGuid(), Title = title, AdoptedOn = adoptedOn, AdoptedBy = adoptedOn is null ? null : adoptedBy };
            db.ConceptVersions.Add(version);
            await db.SaveChangesAsync();
            return version.Id;
        });

    /// <summary>A concept version with a stored PDF, as an upload would leave it.</summary>
    public static Task<Guid> AddConceptWithDocumentAsync(LotseAppFactory factory) =>
        WithDbAsync(factory, async db =>
        {
            var store = factory.Services.GetRequiredService<ConceptDocumentStore>();
            using var pdf = new MemoryStream(MinimalPdf);
            var version = new IntegrationConceptVersion
            {
                Id = Guid.NewGuid(), Title = "Konzept mit Dokument", DocumentStoredName = await store.SaveAsync(pdf, default),
                DocumentContentType = ConceptDocumentKind.Pdf.ContentType, DocumentFileName = "konzept.pdf", DocumentSize = MinimalPdf.Length,
            };
            db.ConceptVersions.Add(version);
            await db.SaveChangesAsync();
            return version.Id;
        });

    public static Task<Guid> AddApplicationAsync(LotseAppFactory factory, string title = "KIZ-Antrag", DateOnly? plannedOn = null,
        string? situation = null, string? anchoring = null, Guid? decision = null) =>
        WithDbAsync(factory, async db =>
        {
            var application = new FundingApplication
            {
                Id = Guid.NewGuid(), Title = title, PlannedOn = plannedOn, SituationDescription = situation,
                OrganisationalAnchoring = anchoring, KreistagDecisionId = decision,
            };
            db.FundingApplications.Add(application);
            await db.SaveChangesAsync();
            return application.Id;
        });

    public static Task<Guid> AddMeasureAsync(LotseAppFactory factory, string title, FocusArea area, EducationChainStage? stage = null,
        MeasureStatus status = MeasureStatus.Planned) =>
        WithDbAsync(factory, async db =>
        {
            var measure = new Measure { Id = Guid.NewGuid(), Title = title, FocusArea = area, EducationChainStage = stage, Status = status };
            db.Measures.Add(measure);
            await db.SaveChangesAsync();
            return measure.Id;
        });

    public static Task<Guid> AddKreistagDecisionAsync(LotseAppFactory factory, DateOnly heldOn) =>
        WithDbAsync(factory, async db =>
        {
            var motion = new Lotse.Features.Planning.Council.Motion { Id = Guid.NewGuid(), Title = "Einrichtung eines KIZ", FiledByText = "Verwaltung" };
            var session = new Lotse.Features.Planning.Council.Session
            {
                Id = Guid.NewGuid(), Committee = "Kreistag", HeldOn = heldOn, AgendaItem = "5", VotesYes = 40, VotesNo = 10, VotesAbstain = 2,
                Outcome = Lotse.Features.Planning.Council.DecisionOutcome.Adopted, DecisionText = "Der Kreistag beschließt die Einrichtung.",
            };
            motion.Sessions.Add(session);
            db.Motions.Add(motion);
            await db.SaveChangesAsync();
            return session.Id;
        });

    public static async Task<HttpClient> ClientAsync(LotseAppFactory factory, string role) =>
        await AccountsTestData.SignedInClientAsync(factory, await AccountsTestData.CreateAccountAsync(factory, role));

    public static Task<HttpClient> EditorAsync(LotseAppFactory factory) => ClientAsync(factory, Roles.CountyEditor);

    public static async Task<IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await AccountsTestData.ParseAsync(response);
    }

    public static string Token(IHtmlDocument page, int form = 0) =>
        ((IHtmlInputElement)page.QuerySelectorAll("form[method=post] input[name=__RequestVerificationToken]")[form]).Value;

    /// <summary>The hidden concurrency stamp of the page's edit form.</summary>
    public static string Stamp(IHtmlDocument page) =>
        ((IHtmlInputElement)page.QuerySelector("input[name='Input.ConcurrencyStamp']")!).Value;

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string token, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = token;
        return client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public static readonly byte[] MinimalPdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();
}
