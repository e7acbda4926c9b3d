namespace Lotse.Features.Search.Facets;

/// <summary>Array positions of the facets, in the order of <see cref="FacetNames.All"/>.</summary>
public static class FacetIndex
{
    public const int Topic = 0;
    public const int Type = 1;
    public const int Language = 2;
    public const int Audience = 3;
    public const int Municipality = 4;
    public const int Count = 5;

    /// <summary>The position of a facet name, -1 when it is none.</summary>
    public static int Of(string facet) => facet switch
    {
        FacetNames.Topic => Topic,
        FacetNames.Type => Type,
        FacetNames.Language => Language,
        FacetNames.Audience => Audience,
        FacetNames.Municipality => Municipality,
        _ => -1,
    };

    /// <summary>The index field that holds a facet's codes (doc values and stored).</summary>
    public static readonly string[] Fields = FacetNames.All.Select(f => "facet_" + f).ToArray();
}
