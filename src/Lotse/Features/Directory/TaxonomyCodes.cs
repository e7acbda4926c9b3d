namespace Lotse.Features.Directory;

/// <summary>
/// The codes of the three seeded vocabularies. The terms themselves are data; only the
/// vocabularies' codes are fixed, because the search API names its facets after them.
/// </summary>
public static class TaxonomyCodes
{
    public const string Topic = "topic";
    public const string OfferType = "type";
    public const string Audience = "audience";
}
