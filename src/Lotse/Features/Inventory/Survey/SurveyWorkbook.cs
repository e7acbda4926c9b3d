using ClosedXML.Excel;

namespace Lotse.Features.Inventory.Survey;

/// <summary>A round as XLSX: the county summary on one sheet, one row per municipality with all answers on the other.</summary>
public static class SurveyWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SummarySheet = "Zusammenfassung";
    public const string AnswersSheet = "Antworten";

    public static byte[] Create(SurveyRound round, IReadOnlyList<SurveyQuestion> questions, IReadOnlyList<SurveyResponse> responses, SurveySummary summary)
    {
        using var workbook = new XLWorkbook();
        WriteSummary(workbook.AddWorksheet(SummarySheet), round, summary);
        WriteAnswers(workbook.AddWorksheet(AnswersSheet), questions, responses);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void WriteSummary(IXLWorksheet sheet, SurveyRound round, SurveySummary summary)
    {
        var row = 1;
        Text(sheet.Cell(row++, 1), round.IsExample ? $"{round.Name} (Beispiel)" : round.Name).Style.Font.Bold = true;
        foreach (var finding in summary.Findings)
            Text(sheet.Cell(row++, 1), finding);
        row++;
        foreach (var question in summary.Questions.Where(q => q.Counts.Count > 0 || q.Min is not null))
        {
            Text(sheet.Cell(row++, 1), question.Text).Style.Font.Bold = true;
            foreach (var count in question.Counts)
            {
                Text(sheet.Cell(row, 1), count.Label);
                sheet.Cell(row++, 2).SetValue(count.Count);
            }
            if (question.Min is not null)
            {
                Text(sheet.Cell(row, 1), "Kleinster Wert");
                sheet.Cell(row++, 2).SetValue(question.Min.Value);
                Text(sheet.Cell(row, 1), "Größter Wert");
                sheet.Cell(row++, 2).SetValue(question.Max!.Value);
                Text(sheet.Cell(row, 1), "Summe");
                sheet.Cell(row++, 2).SetValue(question.Total!.Value);
                Text(sheet.Cell(row, 1), "Ohne Angabe");
                sheet.Cell(row++, 2).SetValue(question.NotStated);
            }
            row++;
        }
        sheet.Column(1).Width = 80;
    }

    private static void WriteAnswers(IXLWorksheet sheet, IReadOnlyList<SurveyQuestion> questions, IReadOnlyList<SurveyResponse> responses)
    {
        var headers = new List<string> { "Kommune", "AGS", "Status" };
        foreach (var question in questions)
        {
            if (question.Kind == SurveyQuestionKind.Person)
                headers.AddRange([$"{question.Text} – Name", $"{question.Text} – Funktion"]);
            else
                headers.Add(question.Text);
            if (question.AllowsOther)
                headers.Add($"{question.Text} – Sonstiges");
        }
        for (var c = 0; c < headers.Count; c++)
            Text(sheet.Cell(1, c + 1), headers[c]).Style.Font.Bold = true;

        var row = 2;
        foreach (var response in responses)
        {
            var answers = SurveyAnswers.FromJson(response.AnswersJson);
            var column = 1;
            Text(sheet.Cell(row, column++), response.Municipality?.Name ?? "");
            Text(sheet.Cell(row, column++), response.Municipality?.Code ?? "");
            Text(sheet.Cell(row, column++), StatusText(response.Status));
            foreach (var question in questions)
            {
                var answer = answers.GetValueOrDefault(question.Key);
                switch (question.Kind)
                {
                    case SurveyQuestionKind.Person:
                        Text(sheet.Cell(row, column++), answer?.Name ?? "");
                        Text(sheet.Cell(row, column++), answer?.Function ?? "");
                        break;
                    case SurveyQuestionKind.YesNo:
                        Text(sheet.Cell(row, column++), answer?.Yes switch { true => "ja", false => "nein", _ => "" });
                        break;
                    case SurveyQuestionKind.Number or SurveyQuestionKind.StaffShare:
                        if (answer?.Number is { } number)
                            sheet.Cell(row, column).SetValue(number);
                        else if (answer?.NotStated == true)
                            Text(sheet.Cell(row, column), "keine Angabe");
                        column++;
                        break;
                    case SurveyQuestionKind.SingleChoice or SurveyQuestionKind.MultipleChoice:
                        Text(sheet.Cell(row, column++), string.Join("; ",
                            question.Options.Where(o => answer?.Options.Contains(o.Key) == true).Select(o => o.Label)));
                        break;
                    default:
                        Text(sheet.Cell(row, column++), answer?.Text ?? "");
                        break;
                }
                if (question.AllowsOther)
                    Text(sheet.Cell(row, column++), answer?.Other ?? "");
            }
            row++;
        }
        sheet.SheetView.FreezeRows(1);
    }

    private static string StatusText(SurveyResponseStatus status) => status switch
    {
        SurveyResponseStatus.Submitted => "abgegeben",
        SurveyResponseStatus.Draft => "Entwurf",
        _ => "nicht begonnen",
    };

    // A value starting with = + - @ is kept as text, so a spreadsheet does not run it as a formula.
    private static IXLCell Text(IXLCell cell, string value)
    {
        cell.SetValue(Lotse.Features.Shared.Reports.SpreadsheetText.Safe(value));
        return cell;
    }
}
