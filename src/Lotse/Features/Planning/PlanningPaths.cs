namespace Lotse.Features.Planning;

/// <summary>The routes of the concept, council, participation and application pages, for links between them.</summary>
public static class PlanningPaths
{
    public const string Concept = "/intern/konzept";
    public const string Council = "/intern/gremien";
    public const string Participation = "/intern/beteiligung";
    public const string Application = "/intern/antrag";
    /// <summary>The work plan's measures (built in the work plan area).</summary>
    public const string WorkPlan = "/intern/massnahmen";

    public static string ConceptVersion(Guid id) => $"{Concept}/{id}";
    public static string ConceptDocument(Guid id) => $"{Concept}/{id}/dokument";
    public static string Motion(Guid id) => $"{Council}/antraege/{id}";
    public static string Submission(Guid id) => $"{Council}/vorlagen/{id}";
    public static string Session(Guid id) => $"{Council}/sitzungen/{id}";
    public static string ParticipationEntry(Guid id) => $"{Participation}/{id}";
    public static string FundingApplication(Guid id) => $"{Application}/{id}";
    public static string Dossier(Guid id) => $"{Application}/{id}/dossier";
    public static string DossierPdf(Guid id) => $"{Application}/{id}/dossier.pdf";
}
