using System.Globalization;
using Lotse.Features.Shared.Reports;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.Application;

/// <summary>The application dossier as a tagged PDF (headings, language de-DE, title), in the order of the printable page.</summary>
public static class DossierPdf
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static byte[] Build(ApplicationDossier d, IStringLocalizer<PlanningResource> text)
    {
        var report = new PdfReport($"{text["Dossier.Title", d.Application.Title]} – {d.County}") { Subtitle = d.County };
        report.Heading(d.Application.Title)
            .Paragraph(d.County)
            .Paragraph(text["Dossier.Subtitle"])
            .Paragraph($"{text["Application.PlannedOn"]}: {PlanningInput.German(d.Application.PlannedOn)}");

        report.Heading(text["Application.Situation"], 2).Paragraph(Plain(d.Application.SituationDescription) ?? text["Dossier.Missing"]);
        report.Heading(text["Application.Anchoring"], 2).Paragraph(Plain(d.Application.OrganisationalAnchoring) ?? text["Dossier.Missing"]);

        report.Heading(text["Dossier.Concept"], 2);
        if (d.Concept is { } concept)
        {
            report.Paragraph($"{concept.Title} – {text["Concept.AdoptedByOn", concept.AdoptedBy ?? "–", PlanningInput.German(concept.AdoptedOn)]}");
            if (concept.FieldList.Count > 0)
                report.Paragraph($"{text["Concept.FieldsOfAction"]}: {string.Join("; ", concept.FieldList)}");
        }
        else
        {
            report.Paragraph(text["Concept.NoneInForce"]);
        }

        report.Heading($"{text["Dossier.WorkPlan"]}: {text["FocusArea.Education"]}", 2);
        if (d.Education.Count == 0)
            report.Paragraph(text["Dossier.NoMeasures"]);
        foreach (var stage in d.Education.GroupBy(m => m.EducationChainStage))
            report.Heading(stage.Key is { } s ? text["Stage." + s] : text["Stage.None"], 3)
                .Table([text["Dossier.Measure"].Value, text["Dossier.Period"].Value], stage.Select(m => (IReadOnlyList<string>)[m.Title, Period(m)]));
        report.Heading($"{text["Dossier.WorkPlan"]}: {text["FocusArea.CrossCutting"]}", 2);
        if (d.CrossCutting.Count == 0)
            report.Paragraph(text["Dossier.NoMeasures"]);
        else
            report.Table([text["Dossier.Measure"].Value, text["Dossier.Period"].Value],
                d.CrossCutting.Select(m => (IReadOnlyList<string>)[m.CrossCuttingField is null ? m.Title : $"{m.Title} ({m.CrossCuttingField})", Period(m)]));

        report.Heading(text["Dossier.CostPlan"], 2);
        if (d.CostPlan is null)
            report.Paragraph(text["Dossier.CostPlanMissing"]);
        else
            report.Table([text["Dossier.CostLabel"].Value, text["Dossier.CostAmount"].Value],
                d.CostPlan.Select(r => (IReadOnlyList<string>)[r.Label, r.Amount.ToString("#,##0", German) + "\u00a0€"]), rightAligned: [false, true]);

        report.Heading(text["Dossier.Decisions"], 2);
        if (d.Decisions.Count == 0)
            report.Paragraph(text["Dossier.NoDecisions"]);
        foreach (var s in d.Decisions)
        {
            report.Heading(s.Label, 3)
                .Paragraph($"{text["Council.Outcome." + s.Outcome]} · {text["Council.Vote", s.VotesYes?.ToString(German) ?? "–", s.VotesNo?.ToString(German) ?? "–", s.VotesAbstain?.ToString(German) ?? "–"]}");
            if (s.Submission?.DocumentNumber is { } number)
                report.Paragraph("DS-Nr. " + number);
            if (Plain(s.DecisionText) is { } decision)
                report.Paragraph(decision);
        }
        return report.ToBytes();
    }

    private static string Period(Measure m) =>
        m.StartsOn is null && m.EndsOn is null ? "–" : $"{PlanningInput.German(m.StartsOn)} – {PlanningInput.German(m.EndsOn)}";

    /// <summary>Markdown as the plain text a PDF paragraph holds.</summary>
    private static string? Plain(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : Markdig.Markdown.ToPlainText(markdown).Trim();
}
