using Lotse.Features.Directory;

namespace Lotse.Features.Editorial.Suggestions;

public enum SuggestionStatus
{
    New,
    Accepted,
    Rejected,
    PartlyAccepted,
}

/// <summary>
/// A visitor's proposal to correct a published offer ("Fehler melden / Änderung vorschlagen").
/// Holds only what the visitor entered: the fields they changed, their comment and, if they chose,
/// a name and e-mail for questions. No IP address or other request data.
/// </summary>
public sealed class Suggestion
{
    public Guid Id { get; set; }
    public Guid OfferId { get; set; }
    public Offer Offer { get; set; } = null!;
    public DateTime CreatedAt { get; set; }

    public string? ProposedName { get; set; }
    public string? ProposedDescription { get; set; }
    public string? ProposedPhone { get; set; }
    public string? ProposedEmail { get; set; }
    public string? ProposedUrl { get; set; }
    /// <summary>Opening hours as the visitor wrote them, one weekday per line.</summary>
    public string? ProposedOpeningHours { get; set; }
    public ICollection<SuggestedAddress> Addresses { get; set; } = new List<SuggestedAddress>();

    public required string Comment { get; set; }
    public string? SubmitterName { get; set; }
    /// <summary>Personal data: shown to reviewers only.</summary>
    public string? SubmitterEmail { get; set; }

    public SuggestionStatus Status { get; set; } = SuggestionStatus.New;
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    /// <summary>Keys of the fields taken over (<see cref="SuggestionFields"/>), comma-separated.</summary>
    public string? AcceptedFields { get; set; }

    public bool IsDecided => Status != SuggestionStatus.New;

    /// <summary>Takes over <paramref name="accepted"/> of the <paramref name="proposedCount"/> proposed fields.</summary>
    public void Accept(IReadOnlyCollection<string> accepted, int proposedCount, string by, DateTime now, string? note)
    {
        if (IsDecided)
            throw new InvalidOperationException("The suggestion has already been decided.");
        if (accepted.Count == 0)
            throw new ArgumentException("Accepting needs at least one field.", nameof(accepted));
        Status = accepted.Count >= proposedCount ? SuggestionStatus.Accepted : SuggestionStatus.PartlyAccepted;
        AcceptedFields = string.Join(",", accepted);
        Decide(by, now, note);
    }

    public void Reject(string by, DateTime now, string? note)
    {
        if (IsDecided)
            throw new InvalidOperationException("The suggestion has already been decided.");
        Status = SuggestionStatus.Rejected;
        Decide(by, now, note);
    }

    private void Decide(string by, DateTime now, string? note)
    {
        DecidedBy = by;
        DecidedAt = now;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}

/// <summary>A proposed address of one of the offer's locations; only the parts the visitor changed are set.</summary>
public sealed class SuggestedAddress
{
    public Guid LocationId { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
}
