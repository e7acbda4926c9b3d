using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Inventory.Survey;

/// <summary>The county summary of a round (findings, tables, charts) and its exports as XLSX and PDF.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class SummaryModel(LotseDbContext db) : PageModel
{
    public SurveyRound Round { get; private set; } = null!;
    public SurveySummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, cancellationToken);
        if (loaded is null)
            return NotFound();
        Summary = loaded.Value.Summary;
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(Guid id, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, cancellationToken);
        if (loaded is null)
            return NotFound();
        var (questions, responses, summary) = loaded.Value;
        return File(SurveyWorkbook.Create(Round, questions, responses, summary), SurveyWorkbook.ContentType, $"{FileName()}.xlsx");
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, cancellationToken);
        if (loaded is null)
            return NotFound();
        return File(SurveyPdf.Create(Round, loaded.Value.Summary), "application/pdf", $"{FileName()}.pdf");
    }

    private string FileName() => "bestandsaufnahme-" + new string(Round.Name.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());

    private async Task<(List<SurveyQuestion> Questions, List<SurveyResponse> Responses, SurveySummary Summary)?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var round = await db.SurveyRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (round is null)
            return null;
        Round = round;
        var questions = await SurveyQueries.QuestionsAsync(db, round.TemplateId, cancellationToken);
        var responses = await SurveyQueries.ResponsesAsync(db, id, cancellationToken);
        return (questions, responses, SurveyQueries.Summary(questions, responses));
    }
}
