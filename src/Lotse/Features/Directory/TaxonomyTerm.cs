using Lotse.Data;

namespace Lotse.Features.Directory;

/// <summary>A value of a vocabulary (HSDS: taxonomy_term), e.g. Thema "Sprache".</summary>
public sealed class TaxonomyTerm : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public Guid TaxonomyId { get; set; }
    public Taxonomy Taxonomy { get; set; } = null!;
    public required string Code { get; set; }
    public required string Label { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }

    /// <summary>The id this entry has in another system's HSDS data, kept by the HSDS import so a re-import updates it.</summary>
    public string? HsdsId { get; set; }

    public ICollection<Offer> Offers { get; set; } = new List<Offer>();

    /// <summary>Renewed on every save; see <see cref="IConcurrencyStamped"/>.</summary>
    public Guid ConcurrencyStamp { get; set; }
}
