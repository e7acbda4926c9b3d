using Lotse.Features.Planning;
using Lotse.Tests.Editorial.Offers;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Planning;

/// <summary>Entries for the access matrix's {id} routes of the concept and application pages (the workbench has no scope: no outside sample).</summary>
public static class PlanningAccessSamples
{
    public static async Task<ScopedSamples> ConceptAsync(LotseAppFactory factory, string? role) =>
        new(PlanningPaths.ConceptVersion(await PlanningTestData.AddConceptAsync(factory, "Matrix-Konzept")), null);

    public static async Task<ScopedSamples> ConceptDocumentAsync(LotseAppFactory factory, string? role) =>
        new(PlanningPaths.ConceptDocument(await PlanningTestData.AddConceptWithDocumentAsync(factory)), null);

    public static async Task<ScopedSamples> ApplicationAsync(LotseAppFactory factory, string? role) =>
        new(PlanningPaths.FundingApplication(await PlanningTestData.AddApplicationAsync(factory)), null);

    public static async Task<ScopedSamples> DossierAsync(LotseAppFactory factory, string? role) =>
        new(PlanningPaths.Dossier(await PlanningTestData.AddApplicationAsync(factory)), null);

    public static async Task<ScopedSamples> DossierPdfAsync(LotseAppFactory factory, string? role) =>
        new(PlanningPaths.DossierPdf(await PlanningTestData.AddApplicationAsync(factory)), null);

    public static async Task<ScopedSamples> SessionAsync(LotseAppFactory factory, string? role) =>
        new(PlanningPaths.Session(await PlanningTestData.AddKreistagDecisionAsync(factory, new DateOnly(2013, 12, 12))), null);
}
