using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Freshness;

/// <summary>One offer of the dashboard with its freshness on the given day.</summary>
public sealed record FreshnessRow(
    Guid Id, string Name, Guid OrganizationId, string OrganizationName, Guid? MunicipalityId, string? MunicipalityName,
    DateOnly? LastVerified, OfferFreshness Freshness);

/// <summary>Counts per group (municipality or organization).</summary>
public sealed record FreshnessCounts(Guid? Id, string? Name, int Overdue, int DueSoon, int Current);

/// <summary>Reads the offers of a scope and applies the overdue rule (in memory: the rule's month arithmetic is not portable SQL).</summary>
public static class FreshnessOverview
{
    public static async Task<IReadOnlyList<FreshnessRow>> LoadAsync(LotseDbContext db, EditorialScope scope, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = FreshnessClock.Today(clock);
        var offers = await scope.Readable(db.Offers)
            .Where(o => o.Status == OfferStatus.Published || o.Status == OfferStatus.InReview)
            .Select(o => new
            {
                o.Id, o.Name, o.OrganizationId, OrganizationName = o.Organization.Name, o.MunicipalityId,
                MunicipalityName = o.Municipality != null ? o.Municipality.Name : null,
                o.LastVerified, o.CreatedAt, o.ReviewIntervalMonths,
            })
            .ToListAsync(cancellationToken);
        return offers
            .Select(o => new FreshnessRow(o.Id, o.Name, o.OrganizationId, o.OrganizationName, o.MunicipalityId, o.MunicipalityName, o.LastVerified,
                FreshnessRule.Evaluate(o.LastVerified, FreshnessClock.DayOf(o.CreatedAt, clock), o.ReviewIntervalMonths, today)))
            .ToList();
    }

    public static IReadOnlyList<FreshnessCounts> CountBy(IEnumerable<FreshnessRow> rows, Func<FreshnessRow, (Guid? Id, string? Name)> group) =>
        rows.GroupBy(group)
            .Select(g => new FreshnessCounts(g.Key.Id, g.Key.Name,
                g.Count(r => r.Freshness.State == FreshnessState.Overdue),
                g.Count(r => r.Freshness.State == FreshnessState.DueSoon),
                g.Count(r => r.Freshness.State == FreshnessState.Current)))
            .OrderByDescending(c => c.Overdue)
            .ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
}
