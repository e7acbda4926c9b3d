using Lotse.Data;
using Lotse.Features.Directory;

namespace Lotse.Features.Planning;

/// <summary>
/// A planned or running activity of the integration concept's work plan (Maßnahme). It belongs to one of the
/// two statutory focus areas and is held against existing offers by the overlap analysis.
/// </summary>
public sealed class Measure : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    /// <summary>Markdown.</summary>
    public string? Goal { get; set; }
    public FocusArea FocusArea { get; set; }
    /// <summary>Only for <see cref="FocusArea.Education"/>: the stage of the education chain.</summary>
    public EducationChainStage? EducationChainStage { get; set; }
    /// <summary>Only for <see cref="FocusArea.CrossCutting"/>: the focus field chosen for a two-year period.</summary>
    public string? CrossCuttingField { get; set; }
    /// <summary>First year of the two-year period of <see cref="CrossCuttingField"/>.</summary>
    public int? CrossCuttingPeriodStartYear { get; set; }
    /// <summary>The programme template the measure was created from (e.g. <c>rucksack-kita</c>), if any.</summary>
    public string? ProgrammeTemplate { get; set; }
    public MeasureStatus Status { get; set; } = MeasureStatus.Planned;
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    /// <summary>Planned budget in euro per year of the measure.</summary>
    public decimal? Budget { get; set; }

    public Guid? ResponsibleOrganizationId { get; set; }
    public Organization? ResponsibleOrganization { get; set; }

    /// <summary>Topic and audience terms (taxonomy codes topic/audience), as in the directory.</summary>
    public ICollection<TaxonomyTerm> Terms { get; set; } = new List<TaxonomyTerm>();
    /// <summary>Municipalities the measure is for; none means county-wide.</summary>
    public ICollection<Municipality> Municipalities { get; set; } = new List<Municipality>();
    /// <summary>Languages the measure is delivered in, if it names any.</summary>
    public ICollection<Language> Languages { get; set; } = new List<Language>();
    public ICollection<Organization> Partners { get; set; } = new List<Organization>();
    public ICollection<MeasureIndicator> Indicators { get; set; } = new List<MeasureIndicator>();

    /// <summary>Invented demo content, shown with a "Beispiel" badge.</summary>
    public bool IsExample { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime LastModified { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}
