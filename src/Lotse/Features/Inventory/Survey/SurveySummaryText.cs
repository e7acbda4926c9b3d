namespace Lotse.Features.Inventory.Survey;

/// <summary>A figure of a question summary as the pages and the PDF show it.</summary>
public static class SurveySummaryText
{
    public static string Value(QuestionSummary question, decimal value) => question.Kind == SurveyQuestionKind.StaffShare
        ? SurveySummary.StaffShare(value)
        : question.Text.Contains("EUR", StringComparison.Ordinal)
            ? $"{value.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("de-DE"))} €"
            : value.ToString("#,0.##", System.Globalization.CultureInfo.GetCultureInfo("de-DE"));
}
