namespace Lotse.Features.Directory;

/// <summary>Workflow state of an offer; only <see cref="Published"/> offers are public and searchable.</summary>
public enum OfferStatus
{
    Draft,
    InReview,
    Published,
    Archived,
}
