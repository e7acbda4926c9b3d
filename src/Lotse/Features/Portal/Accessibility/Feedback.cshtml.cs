using System.Globalization;
using Lotse.Data;
using Lotse.Features.Portal.Suggestions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Portal.Accessibility;

/// <summary>The feedback form of the accessibility statement (BITV NRW § 5): stores the message, no login.</summary>
public sealed class FeedbackModel(
    LotseDbContext db, AccessibilityFeedbackRateLimit rateLimit, TimeProvider clock, IStringLocalizer<AccessibilityResource> text) : PageModel
{
    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    /// <summary>Honeypot: hidden from people, filled in by form-spamming bots.</summary>
    [BindProperty(Name = "Fax")]
    public string? Honeypot { get; set; }

    public bool RateLimited { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string culture, CancellationToken cancellationToken)
    {
        if (!rateLimit.TryAcquire(HttpContext))
        {
            RateLimited = true;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        // A bot gets the same answer as a person, so it does not learn to leave the field empty.
        if (!string.IsNullOrEmpty(Honeypot))
            return RedirectToPage("FeedbackSent", new { culture, id = Guid.NewGuid() });

        var feedback = Validate();
        if (feedback is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        db.AccessibilityFeedback.Add(feedback);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("FeedbackSent", new { culture, id = feedback.Id });
    }

    /// <summary>The feedback to store, or null with the errors in ModelState.</summary>
    private AccessibilityFeedback? Validate()
    {
        var message = SuggestionInputRules.Clean(Input.Message);
        if (message is null)
            Error(nameof(Input.Message), text["Feedback.ErrorMessageRequired"]);
        else
            WithinLimit(nameof(Input.Message), "Feedback.Message", message, AccessibilityFeedback.MessageMaxLength);

        var pageUrl = SuggestionInputRules.Clean(Input.PageUrl);
        if (pageUrl is not null)
        {
            pageUrl = SuggestionInputRules.NormalizeUrl(pageUrl);
            if (pageUrl is null)
                Error(nameof(Input.PageUrl), text["Feedback.ErrorUrl"]);
            else
                WithinLimit(nameof(Input.PageUrl), "Feedback.PageUrl", pageUrl, AccessibilityFeedback.PageUrlMaxLength);
        }

        var name = SuggestionInputRules.Clean(Input.Name);
        WithinLimit(nameof(Input.Name), "Feedback.Name", name, AccessibilityFeedback.NameMaxLength);

        var email = SuggestionInputRules.Clean(Input.Email);
        if (email is not null && !SuggestionInputRules.IsEmail(email))
            Error(nameof(Input.Email), text["Feedback.ErrorEmail"]);
        else
            WithinLimit(nameof(Input.Email), "Feedback.Email", email, AccessibilityFeedback.EmailMaxLength);

        if (!ModelState.IsValid)
            return null;
        return new AccessibilityFeedback
        {
            Id = Guid.NewGuid(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Message = message!,
            PageUrl = pageUrl,
            Name = name,
            Email = email,
        };
    }

    private void WithinLimit(string field, string label, string? value, int maximum)
    {
        if (value is not null && value.Length > maximum)
            Error(field, text["Feedback.ErrorTooLong", text[label].Value.TrimEnd(' ', '*'), maximum.ToString("N0", CultureInfo.GetCultureInfo("de-DE"))]);
    }

    private void Error(string field, string message) => ModelState.AddModelError($"{nameof(Input)}.{field}", message);
}

public sealed class FeedbackInput
{
    public string? Message { get; set; }
    public string? PageUrl { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
}
