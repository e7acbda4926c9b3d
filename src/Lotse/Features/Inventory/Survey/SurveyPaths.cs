namespace Lotse.Features.Inventory.Survey;

/// <summary>The survey's back-office paths.</summary>
public static class SurveyPaths
{
    public const string Index = "/intern/bestandsaufnahme";
    public const string Mine = "/intern/bestandsaufnahme/meine";
    public const string NewRound = "/intern/bestandsaufnahme/runden/neu";
    public const string Compare = "/intern/bestandsaufnahme/vergleich";
    public const string Templates = "/intern/bestandsaufnahme/vorlagen";

    public static string Round(Guid id) => $"/intern/bestandsaufnahme/runden/{id}";
    public static string Answer(Guid roundId, Guid municipalityId) => $"/intern/bestandsaufnahme/runden/{roundId}/kommunen/{municipalityId}";
    public static string Template(Guid id) => $"/intern/bestandsaufnahme/vorlagen/{id}";
    public static string TemplateQuestion(Guid id, Guid questionId) => $"/intern/bestandsaufnahme/vorlagen/{id}/fragen/{questionId}";
    public static string Summary(Guid id) => $"/intern/bestandsaufnahme/runden/{id}/auswertung";
}
