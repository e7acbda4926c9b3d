using System.Text.Json;
using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial;

/// <summary>
/// The editable content of an offer as one value: what a version stores, what a pending revision
/// proposes and what a diff compares. Contact persons are not part of it: their personal data must be
/// deletable on request (GDPR Art. 17) and therefore never copied into the history.
/// </summary>
public sealed record OfferSnapshot
{
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public required string Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public OfferStatus Status { get; init; }
    public Guid OrganizationId { get; init; }
    public Guid? MunicipalityId { get; init; }
    public string? FeesDescription { get; init; }
    public bool IsFree { get; init; }
    public string? EligibilityDescription { get; init; }
    public string? ApplicationProcess { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public int ReviewIntervalMonths { get; init; } = Offer.DefaultReviewIntervalMonths;
    public IReadOnlyList<Guid> TermIds { get; init; } = [];
    public IReadOnlyList<Guid> LanguageIds { get; init; } = [];
    public IReadOnlyList<Guid> LocationIds { get; init; } = [];
    public IReadOnlyList<ScheduleSnapshot> Schedules { get; init; } = [];
    public IReadOnlyList<CostOptionSnapshot> CostOptions { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The offer as it is now. Its terms, languages, locations, schedules and cost options must be loaded.</summary>
    public static OfferSnapshot Capture(Offer offer) => new()
    {
        Name = offer.Name,
        AlternateName = offer.AlternateName,
        Description = offer.Description,
        Url = offer.Url,
        Email = offer.Email,
        Phone = offer.Phone,
        Status = offer.Status,
        OrganizationId = offer.OrganizationId,
        MunicipalityId = offer.MunicipalityId,
        FeesDescription = offer.FeesDescription,
        IsFree = offer.IsFree,
        EligibilityDescription = offer.EligibilityDescription,
        ApplicationProcess = offer.ApplicationProcess,
        MinimumAge = offer.MinimumAge,
        MaximumAge = offer.MaximumAge,
        StartsOn = offer.StartsOn,
        EndsOn = offer.EndsOn,
        ReviewIntervalMonths = offer.ReviewIntervalMonths,
        // Sorted, so that two snapshots of the same content are equal and serialise identically.
        TermIds = offer.Terms.Select(t => t.Id).Order().ToList(),
        LanguageIds = offer.Languages.Select(l => l.Id).Order().ToList(),
        LocationIds = offer.Locations.Select(l => l.Id).Order().ToList(),
        Schedules = offer.Schedules
            .Select(s => new ScheduleSnapshot(s.Weekday, s.OpensAt, s.ClosesAt, s.Note))
            .OrderBy(s => s.Weekday).ThenBy(s => s.OpensAt).ToList(),
        CostOptions = offer.CostOptions
            .Select(c => new CostOptionSnapshot(c.Option, c.Amount, c.Currency, c.AmountDescription))
            .OrderBy(c => c.Option, StringComparer.Ordinal).ToList(),
    };

    /// <summary>Loads an offer with everything <see cref="Capture"/> and <see cref="ApplyToAsync"/> need, tracked.</summary>
    public static Task<Offer?> LoadOfferAsync(LotseDbContext db, Guid offerId, CancellationToken cancellationToken) =>
        db.Offers
            .AsSplitQuery()
            .Include(o => o.Terms)
            .Include(o => o.Languages)
            .Include(o => o.Locations)
            .Include(o => o.Schedules)
            .Include(o => o.CostOptions)
            .FirstOrDefaultAsync(o => o.Id == offerId, cancellationToken);

    /// <summary>
    /// Makes the tracked <paramref name="offer"/> (loaded with <see cref="LoadOfferAsync"/>) hold this content.
    /// Ids of terms, languages or locations that no longer exist are dropped.
    /// </summary>
    public async Task ApplyToAsync(LotseDbContext db, Offer offer, CancellationToken cancellationToken)
    {
        offer.Name = Name;
        offer.AlternateName = AlternateName;
        offer.Description = Description;
        offer.Url = Url;
        offer.Email = Email;
        offer.Phone = Phone;
        offer.Status = Status;
        offer.OrganizationId = OrganizationId;
        offer.MunicipalityId = MunicipalityId;
        offer.FeesDescription = FeesDescription;
        offer.IsFree = IsFree;
        offer.EligibilityDescription = EligibilityDescription;
        offer.ApplicationProcess = ApplicationProcess;
        offer.MinimumAge = MinimumAge;
        offer.MaximumAge = MaximumAge;
        offer.StartsOn = StartsOn;
        offer.EndsOn = EndsOn;
        offer.ReviewIntervalMonths = ReviewIntervalMonths;

        var terms = await db.TaxonomyTerms.Where(t => TermIds.Contains(t.Id)).ToListAsync(cancellationToken);
        Replace(offer.Terms, terms, t => t.Id);
        var languages = await db.Languages.Where(l => LanguageIds.Contains(l.Id)).ToListAsync(cancellationToken);
        Replace(offer.Languages, languages, l => l.Id);
        var locations = await db.Locations.Where(l => LocationIds.Contains(l.Id)).ToListAsync(cancellationToken);
        Replace(offer.Locations, locations, l => l.Id);

        if (!Schedules.SequenceEqual(Capture(offer).Schedules))
        {
            db.Schedules.RemoveRange(offer.Schedules);
            offer.Schedules.Clear();
            // Added explicitly: found only through the navigation, a row with a preset key counts as existing (UPDATE of 0 rows).
            foreach (var s in Schedules)
                db.Schedules.Add(new Schedule { Id = Guid.NewGuid(), OfferId = offer.Id, Offer = offer, Weekday = s.Weekday, OpensAt = s.OpensAt, ClosesAt = s.ClosesAt, Note = s.Note });
        }
        if (!CostOptions.SequenceEqual(Capture(offer).CostOptions))
        {
            db.CostOptions.RemoveRange(offer.CostOptions);
            offer.CostOptions.Clear();
            foreach (var c in CostOptions)
                db.CostOptions.Add(new CostOption { Id = Guid.NewGuid(), OfferId = offer.Id, Offer = offer, Option = c.Option, Amount = c.Amount, Currency = c.Currency, AmountDescription = c.AmountDescription });
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static OfferSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<OfferSnapshot>(json, Json) ?? throw new JsonException("Empty offer snapshot.");

    /// <summary>Value equality including the lists (records compare lists by reference).</summary>
    public bool SameContentAs(OfferSnapshot other) => ToJson() == other.ToJson();

    private static void Replace<T>(ICollection<T> current, IReadOnlyList<T> wanted, Func<T, Guid> id)
    {
        var wantedIds = wanted.Select(id).ToHashSet();
        foreach (var gone in current.Where(c => !wantedIds.Contains(id(c))).ToList())
            current.Remove(gone);
        var currentIds = current.Select(id).ToHashSet();
        foreach (var added in wanted.Where(w => !currentIds.Contains(id(w))))
            current.Add(added);
    }
}

public sealed record ScheduleSnapshot(DayOfWeek Weekday, TimeOnly OpensAt, TimeOnly ClosesAt, string? Note);

public sealed record CostOptionSnapshot(string Option, decimal? Amount, string Currency, string? AmountDescription);
