using Lotse.Features.Shared.Reports;

namespace Lotse.Features.Inventory.Survey;

/// <summary>The county summary of a round as a tagged PDF: findings, then per question a chart with its table.</summary>
public static class SurveyPdf
{
    public static byte[] Create(SurveyRound round, SurveySummary summary)
    {
        var report = new PdfReport($"Bestandsaufnahme: {round.Name}");
        if (round.IsExample)
            report.Subtitle = "Beispiel: rekonstruierte Antworten";
        report.Heading("Ergebnisse", 1);
        foreach (var finding in summary.Findings)
            report.Paragraph(finding);
        foreach (var question in summary.Questions)
        {
            if (question.Kind is SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice or SurveyQuestionKind.YesNo)
            {
                report.Heading(question.Text, 2);
                report.BarChart(new BarChart($"{question.Text} (Zahl der Kommunen, von {summary.Respondents})",
                    question.Counts.Select(c => new BarChart.Bar(c.Label, c.Count)).ToList(), "Kommunen"));
            }
            else if (question.Min is not null)
            {
                report.Heading(question.Text, 2);
                report.Table(["Kennzahl", "Wert"],
                [
                    ["Kleinster Wert", SurveySummaryText.Value(question, question.Min.Value)],
                    ["Größter Wert", SurveySummaryText.Value(question, question.Max!.Value)],
                    ["Summe", SurveySummaryText.Value(question, question.Total!.Value)],
                    ["Ohne Angabe", question.NotStated.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                ], rightAligned: [false, true]);
            }
        }
        return report.ToBytes();
    }
}
