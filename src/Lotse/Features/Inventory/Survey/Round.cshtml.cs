using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Inventory.Survey;

/// <summary>A round's progress per municipality; the KIZ sends reminders, reopens submitted answer sets and closes the round.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class RoundModel(LotseDbContext db, TimeProvider clock, IAuthorizationService authorization, SurveyReminders reminders,
    IStringLocalizer<SurveyResource> text) : PageModel
{
    public SurveyRound Round { get; private set; } = null!;
    public IReadOnlyList<SurveyResponse> Responses { get; private set; } = [];
    public bool MayManage { get; private set; }
    public string? Notice { get; private set; }

    [BindProperty(Name = "hinweis", SupportsGet = true)]
    public string? NoticeKey { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Notice = NoticeKey switch
        {
            "erinnert" => text["Round.Reminded"].Value,
            "abgeschlossen" => text["Round.ClosedNotice"].Value,
            "geoeffnet" => text["Round.ReopenedNotice"].Value,
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostRemindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await ManageAsync(id, cancellationToken) is { } refused)
            return refused;
        var round = await db.SurveyRounds.FirstAsync(r => r.Id == id, cancellationToken);
        await reminders.QueueAsync(round, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"{SurveyPaths.Round(id)}?hinweis=erinnert");
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await ManageAsync(id, cancellationToken) is { } refused)
            return refused;
        var round = await db.SurveyRounds.FirstAsync(r => r.Id == id, cancellationToken);
        round.ClosedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"{SurveyPaths.Round(id)}?hinweis=abgeschlossen");
    }

    /// <summary>Gives a submitted answer set back to the municipality as a draft.</summary>
    public async Task<IActionResult> OnPostReopenAsync(Guid id, Guid municipalityId, CancellationToken cancellationToken)
    {
        if (await ManageAsync(id, cancellationToken) is { } refused)
            return refused;
        var response = await db.SurveyResponses.FirstOrDefaultAsync(r => r.RoundId == id && r.MunicipalityId == municipalityId, cancellationToken);
        if (response is null)
            return NotFound();
        if (response.Status == SurveyResponseStatus.Submitted)
        {
            response.Status = SurveyResponseStatus.Draft;
            response.SubmittedAt = null;
            await db.SaveChangesAsync(cancellationToken);
        }
        return Redirect($"{SurveyPaths.Round(id)}?hinweis=geoeffnet");
    }

    // Changes are the KIZ's (ManageWorkbench); a closed round stays as it is.
    private async Task<IActionResult?> ManageAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded)
            return Forbid();
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (Round.IsClosed)
        {
            ModelState.AddModelError("", text["Round.AlreadyClosed"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return null;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var round = await db.SurveyRounds.AsNoTracking().Include(r => r.Template).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (round is null)
            return false;
        Round = round;
        Responses = await SurveyQueries.ResponsesAsync(db, id, cancellationToken);
        MayManage = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        return true;
    }
}
