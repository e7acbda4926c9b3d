namespace Lotse.Features.Directory;

/// <summary>A vocabulary (HSDS: taxonomy): Thema, Art des Angebotes, Zielgruppe.</summary>
public sealed class Taxonomy
{
    public Guid Id { get; set; }
    /// <summary>Stable code that names the facet: <c>topic</c>, <c>type</c>, <c>audience</c>.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>The id this entry has in another system's HSDS data, kept by the HSDS import so a re-import updates it.</summary>
    public string? HsdsId { get; set; }
    public ICollection<TaxonomyTerm> Terms { get; set; } = new List<TaxonomyTerm>();
}
