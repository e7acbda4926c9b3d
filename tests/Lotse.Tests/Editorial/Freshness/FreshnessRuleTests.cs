using Lotse.Features.Directory;
using Lotse.Features.Editorial.Freshness;

namespace Lotse.Tests.Editorial.Freshness;

public sealed class FreshnessRuleTests
{
    private static readonly DateOnly Created = new(2020, 6, 15);

    [Theory]
    // Due on the day the interval ends, overdue from the next day.
    [InlineData("2024-03-10", 12, "2025-03-10", FreshnessState.DueSoon, 0)]
    [InlineData("2024-03-10", 12, "2025-03-11", FreshnessState.Overdue, 1)]
    [InlineData("2024-03-10", 12, "2025-04-09", FreshnessState.Overdue, 30)]
    // End of month: 31 January + 1 month is the last day of February.
    [InlineData("2025-01-31", 1, "2025-02-28", FreshnessState.DueSoon, 0)]
    [InlineData("2025-01-31", 1, "2025-03-01", FreshnessState.Overdue, 1)]
    [InlineData("2024-01-31", 1, "2024-03-01", FreshnessState.Overdue, 1)]   // leap year: due 29 Feb
    [InlineData("2024-02-29", 12, "2025-02-28", FreshnessState.DueSoon, 0)]
    [InlineData("2024-02-29", 12, "2025-03-01", FreshnessState.Overdue, 1)]
    [InlineData("2024-08-31", 6, "2025-02-28", FreshnessState.DueSoon, 0)]
    // Due within 30 days: "due soon"; later: current.
    [InlineData("2024-05-01", 12, "2025-04-01", FreshnessState.DueSoon, 0)]
    [InlineData("2024-05-01", 12, "2025-03-31", FreshnessState.Current, 0)]
    [InlineData("2025-05-01", 12, "2025-05-01", FreshnessState.Current, 0)]
    public void Offer_is_overdue_the_day_after_its_interval_ends(string lastVerified, int months, string today, FreshnessState state, int daysOverdue)
    {
        var result = FreshnessRule.Evaluate(DateOnly.Parse(lastVerified), Created, months, DateOnly.Parse(today));

        Assert.Equal(state, result.State);
        Assert.Equal(daysOverdue, result.DaysOverdue);
    }

    [Fact]
    public void Never_verified_offer_counts_from_the_day_it_was_created()
    {
        var created = new DateOnly(2024, 10, 31);

        Assert.Equal(new DateOnly(2025, 10, 31), FreshnessRule.Evaluate(null, created, 12, new DateOnly(2025, 1, 1)).DueOn);
        Assert.Equal(FreshnessState.DueSoon, FreshnessRule.Evaluate(null, created, 12, new DateOnly(2025, 10, 31)).State);
        var overdue = FreshnessRule.Evaluate(null, created, 12, new DateOnly(2025, 11, 30));
        Assert.Equal(FreshnessState.Overdue, overdue.State);
        Assert.Equal(30, overdue.DaysOverdue);
    }

    [Fact]
    public void Last_verification_wins_over_the_creation_date()
    {
        var result = FreshnessRule.Evaluate(new DateOnly(2025, 1, 10), new DateOnly(2019, 1, 1), 12, new DateOnly(2025, 6, 1));

        Assert.Equal(FreshnessState.Current, result.State);
        Assert.Equal(new DateOnly(2026, 1, 10), result.DueOn);
    }

    [Theory]
    [InlineData(OfferStatus.Published, true)]
    [InlineData(OfferStatus.InReview, true)]
    [InlineData(OfferStatus.Draft, false)]
    [InlineData(OfferStatus.Archived, false)]
    public void Only_published_and_in_review_offers_take_part(OfferStatus status, bool applies) =>
        Assert.Equal(applies, FreshnessRule.Applies(status));
}
