using Lotse.Features.Finance.Levy;
using Lotse.Features.Shared.Reports;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Finance.Controlling;

/// <summary>The monthly report as a tagged A4 PDF: summary, deviations in words, plan and actual per category and position, the method.</summary>
public static class ControllingPdf
{
    public static byte[] Create(string title, FundingPeriod period, ControllingReport report, CategoryText categories, IStringLocalizer text)
    {
        var monthName = new DateOnly(report.Year, report.Month, 1).ToString("MMMM yyyy", EuroText.German);
        var pdf = new PdfReport(title) { Subtitle = period.IsExample ? text["Example.Text"].Value : null };
        pdf.Heading(title)
            .Paragraph($"{text["Field.Period"]}: {period.StartsOn.ToString("dd.MM.yyyy", EuroText.German)} – {period.EndsOn.ToString("dd.MM.yyyy", EuroText.German)}; {text["Field.ApprovalReference"]}: {period.ApprovalReference ?? "–"}")
            .Paragraph($"{text["Summary.Approved"]}: {EuroText.Format(report.Total.Approved)}. {text["Summary.Spent", monthName]}: {EuroText.Format(report.Total.SpentInPeriod)}. "
                + $"{text["Summary.Remaining"]}: {EuroText.Format(report.Total.Remaining)}. {text["Summary.Projection", report.Year]}: {EuroText.Format(report.Total.Projection)}.");

        pdf.Heading(text["Report.Deviations"], 2);
        var flagged = report.Flagged.ToList();
        if (flagged.Count == 0)
            pdf.Paragraph(text["Report.NoDeviations"]);
        foreach (var line in flagged)
        {
            var name = line.PositionLabel ?? categories.Name(line.Category);
            if (line.MonthDeviation.Flagged)
                pdf.Paragraph($"{name}, {monthName}: {categories.Deviation(line.MonthDeviation)}");
            if (line.YearToDateDeviation.Flagged)
                pdf.Paragraph($"{name}, {text["Deviation.YtdLabel"]} {categories.Deviation(line.YearToDateDeviation)}");
        }

        string[] Header(string first) =>
        [
            first, text["Column.Approved"], text["Column.MonthPlan"], text["Column.MonthActual"], text["Column.YtdPlan"],
            text["Column.YtdActual"], text["Column.Projection"], text["Column.Remaining"],
        ];
        IReadOnlyList<string> Row(string name, ControllingLine line) =>
        [
            name, EuroText.Format(line.Approved), EuroText.Format(line.MonthPlan), EuroText.Format(line.MonthActual), EuroText.Format(line.YearToDatePlan),
            EuroText.Format(line.YearToDateActual), EuroText.Format(line.Projection), EuroText.Format(line.Remaining),
        ];
        bool[] right = [false, true, true, true, true, true, true, true];
        pdf.Heading(text["Report.CategoryCaption", monthName], 2)
            .Table(Header(text["Column.Category"]),
                report.Categories.Select(l => Row(categories.Name(l.Category), l)).Append(Row(text["Column.Total"], report.Total)), right);
        if (report.Positions.Count > 0)
            pdf.Heading(text["Report.PositionCaption", monthName], 2)
                .Table(Header(text["Column.Position"]), report.Positions.Select(l => Row(l.PositionLabel ?? "", l)), right);
        pdf.BarChart(text["Chart.YtdActual", monthName], report.Categories.Select(l => (categories.Name(l.Category), l.YearToDateActual)), "€");
        pdf.Heading(text["Method.Title"], 2)
            .Paragraph(text["Method.Plan"])
            .Paragraph(text["Method.Projection"])
            .Paragraph(text["Method.Deviation"]);
        return pdf.ToBytes();
    }
}
