using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Inventory.Survey;

/// <summary>One municipality's questionnaire in one round: save a draft, come back, submit; read-only once submitted or closed.</summary>
[Authorize(Policy = Permissions.AnswerSurvey)]
public sealed class AnswerModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<SurveyResource> text) : PageModel
{
    public SurveyRound Round { get; private set; } = null!;
    public Municipality Municipality { get; private set; } = null!;
    public SurveyResponse AnswerSet { get; private set; } = null!;
    public IReadOnlyList<SurveyQuestion> Questions { get; private set; } = [];
    public IReadOnlyDictionary<string, SurveyAnswer> Answers { get; private set; } = new Dictionary<string, SurveyAnswer>();
    public bool MayChange { get; private set; }
    public string? Notice { get; private set; }
    public bool Conflict { get; private set; }

    [BindProperty]
    public Guid ConcurrencyStamp { get; set; }

    [BindProperty(Name = "status", SupportsGet = true)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid municipalityId, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(id, municipalityId, cancellationToken);
        if (result is not null)
            return result;
        Notice = Done switch { "gespeichert" => text["Answer.Saved"].Value, "abgegeben" => text["Answer.Submitted"].Value, _ => null };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, Guid municipalityId, CancellationToken cancellationToken) =>
        SaveAsync(id, municipalityId, submitting: false, cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, Guid municipalityId, CancellationToken cancellationToken) =>
        SaveAsync(id, municipalityId, submitting: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(Guid id, Guid municipalityId, bool submitting, CancellationToken cancellationToken)
    {
        var postedStamp = ConcurrencyStamp;
        var result = await LoadAsync(id, municipalityId, cancellationToken);
        if (result is not null)
            return result;
        if (!MayChange)
        {
            ModelState.AddModelError("", text[Round.IsClosed ? "Answer.RoundClosed" : "Answer.AlreadySubmitted"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        ModelState.Clear();
        var posted = SurveyAnswerForm.Read(Questions, name => Request.Form[name].OfType<string>().ToList(), submitting, text,
            (field, message) => ModelState.AddModelError(field, message));
        Answers = posted;
        ConcurrencyStamp = postedStamp;
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var stored = await db.SurveyResponses.FirstAsync(r => r.Id == AnswerSet.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        stored.AnswersJson = SurveyAnswers.ToJson(posted);
        stored.LastSavedAt = now;
        stored.LastSavedBy = (await SurveyAccess.LoadAsync(db, User, cancellationToken)).Email;
        stored.Status = submitting ? SurveyResponseStatus.Submitted : SurveyResponseStatus.Draft;
        stored.SubmittedAt = submitting ? now : null;
        stored.IsExample = false;
        db.Entry(stored).Property(r => r.ConcurrencyStamp).OriginalValue = postedStamp;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else saved this answer set first: show theirs, keep nothing half-written.
            db.ChangeTracker.Clear();
            await LoadAsync(id, municipalityId, cancellationToken);
            Conflict = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return RedirectToPage(new { id, municipalityId, status = submitting ? "abgegeben" : "gespeichert" });
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid municipalityId, CancellationToken cancellationToken)
    {
        var response = await db.SurveyResponses.AsNoTracking().Include(r => r.Round).Include(r => r.Municipality)
            .FirstOrDefaultAsync(r => r.RoundId == id && r.MunicipalityId == municipalityId, cancellationToken);
        if (response is null)
            return NotFound();
        var access = await SurveyAccess.LoadAsync(db, User, cancellationToken);
        if (!access.MayAnswer(municipalityId))
            return Forbid();
        AnswerSet = response;
        Round = response.Round!;
        Municipality = response.Municipality!;
        Questions = await SurveyQueries.QuestionsAsync(db, Round.TemplateId, cancellationToken);
        Answers = SurveyAnswers.FromJson(response.AnswersJson);
        ConcurrencyStamp = response.ConcurrencyStamp;
        MayChange = !Round.IsClosed && response.Status != SurveyResponseStatus.Submitted;
        return null;
    }
}
