namespace Lotse.Features.Editorial.Freshness;

/// <summary>A plain-text e-mail waiting to be sent (or sent, or given up after too many attempts).</summary>
public sealed class OutgoingMail
{
    public Guid Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    /// <summary>The offer a reminder is about; a reminder is not repeated for it within a while.</summary>
    public Guid? OfferId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
