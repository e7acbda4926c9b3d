using Lotse.Features.Directory;

namespace Lotse.Features.Editorial.Freshness;

public enum FreshnessState
{
    Current,
    DueSoon,
    Overdue,
}

/// <summary>How current an offer's confirmation is on a given day.</summary>
public sealed record OfferFreshness(DateOnly DueOn, FreshnessState State, int DaysOverdue);

/// <summary>
/// The overdue rule: an offer is due <see cref="Offer.ReviewIntervalMonths"/> after it was last confirmed
/// (or, never confirmed, after the day it was created) and overdue from the day after. Only offers the
/// public sees or will see soon (published, in review) take part.
/// </summary>
public static class FreshnessRule
{
    /// <summary>Offers due within this many days count as "due soon".</summary>
    public const int DueSoonDays = 30;

    public static bool Applies(OfferStatus status) => status is OfferStatus.Published or OfferStatus.InReview;

    public static OfferFreshness Evaluate(DateOnly? lastVerified, DateOnly createdOn, int reviewIntervalMonths, DateOnly today)
    {
        // DateOnly.AddMonths clamps to the month's last day: 31 Jan + 1 month is 28/29 Feb.
        var dueOn = (lastVerified ?? createdOn).AddMonths(Math.Max(0, reviewIntervalMonths));
        var state = dueOn < today ? FreshnessState.Overdue
            : dueOn <= today.AddDays(DueSoonDays) ? FreshnessState.DueSoon
            : FreshnessState.Current;
        return new OfferFreshness(dueOn, state, state == FreshnessState.Overdue ? today.DayNumber - dueOn.DayNumber : 0);
    }
}
