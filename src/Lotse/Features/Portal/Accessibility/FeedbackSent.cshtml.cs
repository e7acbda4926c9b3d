using System.Globalization;
using Lotse.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Features.Portal.Accessibility;

/// <summary>Confirms receipt of a feedback message with its date (also shown, with today's date, to a bot caught by the honeypot).</summary>
public sealed class FeedbackSentModel(LotseDbContext db, TimeProvider clock) : PageModel
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public string ReceivedOn { get; private set; } = "";

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var feedback = await db.AccessibilityFeedback.FindAsync([id], cancellationToken);
        var received = feedback is null ? clock.GetUtcNow().UtcDateTime : DateTime.SpecifyKind(feedback.CreatedAt, DateTimeKind.Utc);
        ReceivedOn = TimeZoneInfo.ConvertTimeFromUtc(received, Berlin).ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("de-DE"));
    }
}
