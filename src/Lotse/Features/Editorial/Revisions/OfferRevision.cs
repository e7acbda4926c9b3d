using Lotse.Features.Directory;

namespace Lotse.Features.Editorial.Revisions;

/// <summary>
/// A provider's change to a published offer, held back until a reviewer approves it: the public keeps
/// seeing the published version meanwhile.
/// </summary>
public sealed class OfferRevision
{
    public Guid Id { get; set; }
    public Guid OfferId { get; set; }
    public Offer Offer { get; set; } = null!;

    /// <summary>The proposed content (<see cref="OfferSnapshot.ToJson"/>).</summary>
    public required string SnapshotJson { get; set; }

    /// <summary>The offer's stamp the proposal started from; a different stamp now means the offer changed since.</summary>
    public Guid BaseConcurrencyStamp { get; set; }

    public Guid SubmittedById { get; set; }
    public required string SubmittedByEmail { get; set; }
    public DateTime SubmittedAt { get; set; }

    public RevisionStatus Status { get; set; } = RevisionStatus.Pending;
    public Guid? ReviewedById { get; set; }
    public string? ReviewedByEmail { get; set; }
    public DateTime? ReviewedAt { get; set; }
    /// <summary>Why it was rejected (required then), or a note on approval.</summary>
    public string? Reason { get; set; }

    public const int ReasonMaxLength = 2000;

    public OfferSnapshot Snapshot => OfferSnapshot.FromJson(SnapshotJson);

    public void Approve(Guid reviewerId, string reviewerEmail, DateTime now) => Decide(RevisionStatus.Approved, reviewerId, reviewerEmail, now, null);

    public void Reject(Guid reviewerId, string reviewerEmail, DateTime now, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("A rejection needs a reason.", nameof(reason));
        Decide(RevisionStatus.Rejected, reviewerId, reviewerEmail, now, reason.Trim());
    }

    private void Decide(RevisionStatus status, Guid reviewerId, string reviewerEmail, DateTime now, string? reason)
    {
        if (Status != RevisionStatus.Pending)
            throw new InvalidOperationException($"Revision {Id} was already decided ({Status}).");
        Status = status;
        ReviewedById = reviewerId;
        ReviewedByEmail = reviewerEmail;
        ReviewedAt = now;
        Reason = reason;
    }
}

public enum RevisionStatus
{
    Pending,
    Approved,
    Rejected,
}
