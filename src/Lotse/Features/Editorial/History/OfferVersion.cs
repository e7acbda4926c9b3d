namespace Lotse.Features.Editorial.History;

/// <summary>
/// The content of an offer after one save (an <see cref="OfferSnapshot"/> as JSON), numbered 1..n per
/// offer. Kept without a foreign key, so that the history outlives a deleted offer.
/// </summary>
public sealed class OfferVersion
{
    public Guid Id { get; set; }
    public Guid OfferId { get; set; }
    public int Number { get; set; }
    public DateTime At { get; set; }
    public Guid? ActorId { get; set; }
    public required string ActorName { get; set; }
    public required string Source { get; set; }
    public required string SnapshotJson { get; set; }
}
