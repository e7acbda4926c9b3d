using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Feedback = Lotse.Features.Portal.Accessibility.AccessibilityFeedback;

namespace Lotse.Features.Editorial.AccessibilityFeedback;

/// <summary>
/// The messages sent through the accessibility statement's feedback form (BITV NRW § 5), newest first.
/// They carry the sender's e-mail address, so only the county's editors see them (EditAllEntries:
/// Administrator and Redaktion Kreis), and this is the one page that shows it.
/// </summary>
[Authorize(Policy = Permissions.EditAllEntries)]
public sealed class IndexModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<AccessibilityFeedbackResource> text) : PageModel
{
    public IReadOnlyList<Feedback> Messages { get; private set; } = [];

    /// <summary>The message whose answer note failed validation; its form shows the error.</summary>
    public Guid? FailedId { get; private set; }

    public string? PostedNote { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public static string NoteField(Guid id) => $"note-{id:N}";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAnsweredAsync(Guid id, string? note, CancellationToken cancellationToken)
    {
        var feedback = await db.AccessibilityFeedback.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (feedback is null)
            return NotFound();

        note = note?.Trim();
        var field = NoteField(id);
        if (string.IsNullOrEmpty(note))
            ModelState.AddModelError(field, text["Answer.NoteRequired"]);
        else if (note.Length > Feedback.AnswerNoteMaxLength)
            ModelState.AddModelError(field, text["Answer.NoteTooLong", Feedback.AnswerNoteMaxLength]);
        else if (!feedback.MarkAnswered(User.Identity?.Name ?? "?", note, clock.GetUtcNow().UtcDateTime))
            ModelState.AddModelError(field, text["Answer.AlreadyAnswered"]);

        if (!ModelState.IsValid)
        {
            FailedId = id;
            PostedNote = note;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }
        await db.SaveChangesAsync(cancellationToken);
        Done = text["Answer.Done"];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Messages = await db.AccessibilityFeedback.AsNoTracking()
            .OrderByDescending(f => f.CreatedAt)
            .ToListAsync(cancellationToken);
    }
}
