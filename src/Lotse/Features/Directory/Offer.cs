using Lotse.Data;

namespace Lotse.Features.Directory;

/// <summary>An entry of the directory (HSDS: service).</summary>
public sealed class Offer : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public Guid OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;

    public required string Name { get; set; }
    public string? AlternateName { get; set; }
    /// <summary>Markdown; rendered sanitised.</summary>
    public required string Description { get; set; }
    public string? Url { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    public OfferStatus Status { get; set; } = OfferStatus.Draft;

    /// <summary>Free text on costs (HSDS: fees_description); single amounts are <see cref="CostOptions"/>.</summary>
    public string? FeesDescription { get; set; }
    public bool IsFree { get; set; }
    public string? EligibilityDescription { get; set; }
    public string? ApplicationProcess { get; set; }
    public int? MinimumAge { get; set; }
    public int? MaximumAge { get; set; }

    /// <summary>The municipality the offer is for; null means county-wide.</summary>
    public Guid? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }

    /// <summary>First and last day of dated offers (courses, events).</summary>
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>When the owner last confirmed the entry (HSDS: assured_date).</summary>
    public DateOnly? LastVerified { get; set; }

    /// <summary>How often the owner is asked to confirm the entry; overdue after LastVerified + this.</summary>
    public int ReviewIntervalMonths { get; set; } = DefaultReviewIntervalMonths;
    public const int DefaultReviewIntervalMonths = 12;
    public DateTime CreatedAt { get; set; }
    public DateTime LastModified { get; set; }

    /// <summary>Fictional demo entry; the portal marks it as an example.</summary>
    public bool IsExample { get; set; }

    /// <summary>The id this entry has in another system's HSDS data, kept by the HSDS import so a re-import updates it.</summary>
    public string? HsdsId { get; set; }

    public ICollection<TaxonomyTerm> Terms { get; set; } = new List<TaxonomyTerm>();
    public ICollection<Language> Languages { get; set; } = new List<Language>();
    public ICollection<Location> Locations { get; set; } = new List<Location>();
    public ICollection<Contact> Contacts { get; set; } = new List<Contact>();
    public ICollection<Schedule> Schedules { get; set; } = new List<Schedule>();
    public ICollection<CostOption> CostOptions { get; set; } = new List<CostOption>();

    /// <summary>Renewed on every save; see <see cref="IConcurrencyStamped"/>.</summary>
    public Guid ConcurrencyStamp { get; set; }
}
