namespace Lotse.Features.Directory;

/// <summary>A language an offer is delivered in (ISO 639 code).</summary>
public sealed class Language
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    /// <summary>German name, e.g. "Arabisch".</summary>
    public required string Name { get; set; }
    /// <summary>The language's own name, e.g. "العربية".</summary>
    public string? Endonym { get; set; }
    public bool IsRightToLeft { get; set; }
    public int SortOrder { get; set; }
}
