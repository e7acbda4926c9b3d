namespace Lotse.Features.Portal.Accessibility;

/// <summary>A message sent through the feedback form of the accessibility statement (BITV NRW § 5).</summary>
public sealed class AccessibilityFeedback
{
    public const int MessageMaxLength = 4000;
    public const int PageUrlMaxLength = 2000;
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 256;
    public const int AnswerNoteMaxLength = 2000;

    public Guid Id { get; set; }
    public DateTime CreatedAt { get; set; }
    public string Message { get; set; } = "";
    public string? PageUrl { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }

    /// <summary>When someone in the back office marked the message as answered; null while it is open.</summary>
    public DateTime? AnsweredAt { get; private set; }
    public string? AnsweredBy { get; private set; }
    public string? AnswerNote { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    /// <summary>Closes the message with a note on how it was answered; an answered message stays as it was.</summary>
    public bool MarkAnswered(string by, string note, DateTime now)
    {
        if (IsAnswered)
            return false;
        AnsweredAt = now;
        AnsweredBy = by;
        AnswerNote = note;
        return true;
    }
}
