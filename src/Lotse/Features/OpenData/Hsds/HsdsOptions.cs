namespace Lotse.Features.OpenData.Hsds;

/// <summary>Fixed address parts of the export (<c>Lotse:Hsds</c>): Lotse stores no county, state or country per location.</summary>
public sealed class HsdsOptions
{
    public const string Section = "Lotse:Hsds";

    /// <summary>HSDS address.region: the county.</summary>
    public string Region { get; set; } = "Rhein-Sieg-Kreis";
    public string StateProvince { get; set; } = "Nordrhein-Westfalen";
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; set; } = "DE";
}
