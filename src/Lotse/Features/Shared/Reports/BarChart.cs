namespace Lotse.Features.Shared.Reports;

/// <summary>
/// A horizontal bar chart: drawn as SVG on pages (<c>_BarChart.cshtml</c>) and in PDF reports
/// (<see cref="PdfReport.BarChart"/>), always followed by its numbers as a table, so nobody depends on the picture.
/// </summary>
/// <param name="Caption">What the chart shows; the table's caption and the picture's accessible name.</param>
/// <param name="Unit">Shown after every value, e.g. "€" or "Kommunen"; null for plain counts.</param>
public sealed record BarChart(string Caption, IReadOnlyList<BarChart.Bar> Bars, string? Unit = null)
{
    public sealed record Bar(string Label, decimal Value);

    /// <summary>The scale's end: the largest value, at least 1 so that an all-zero chart still draws.</summary>
    public decimal Maximum => Math.Max(1m, Bars.Count == 0 ? 0m : Bars.Max(b => Math.Abs(b.Value)));

    /// <summary>Bar length as a share of the full width, 0 … 1.</summary>
    public double Share(Bar bar) => (double)(Math.Abs(bar.Value) / Maximum);

    public string Format(decimal value) =>
        value.ToString(value == Math.Round(value) ? "#,0" : "#,0.##", System.Globalization.CultureInfo.GetCultureInfo("de-DE"))
        + (Unit is null ? "" : "\u00a0" + Unit);
}
