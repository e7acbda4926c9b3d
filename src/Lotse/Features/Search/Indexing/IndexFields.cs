namespace Lotse.Features.Search.Indexing;

/// <summary>The fields of an offer's index document.</summary>
public static class IndexFields
{
    /// <summary>Offer id (indexed as one term, stored).</summary>
    public const string Id = "id";
    /// <summary>Offer id as sorted doc values, the last tie-breaker of every sort.</summary>
    public const string IdSort = "id_sort";
    /// <summary>Name, analysed and stored; searched with a boost.</summary>
    public const string Name = "name";
    /// <summary>German collation key of the name (sorted doc values).</summary>
    public const string NameSort = "name_sort";
    /// <summary>All searchable text of the offer, analysed, not stored.</summary>
    public const string Text = "text";
    /// <summary>Description as plain text (Markdown removed), stored for snippets.</summary>
    public const string Description = "description";
    public const string Organization = "organization";
    public const string MunicipalityName = "municipality_name";
    /// <summary>Day number + 1 of the last verification, 0 when never verified (numeric doc values, stored).</summary>
    public const string LastVerified = "last_verified";
    public const string IsExample = "example";
    /// <summary>Coordinates for distance sorting (numeric doc values holding double bits; NaN when unknown), stored.</summary>
    public const string Latitude = "lat";
    public const string Longitude = "lon";

    /// <summary>A shown translation's name, stored per culture segment ("name_tr"); its words are in <see cref="Name"/> and <see cref="Text"/>.</summary>
    public static string TranslatedName(string culture) => "name_" + culture;
    /// <summary>A shown translation's description as plain text, stored for snippets ("description_tr").</summary>
    public static string TranslatedDescription(string culture) => "description_" + culture;
    /// <summary>1 when the stored translation of that culture is machine-made.</summary>
    public static string MachineTranslated(string culture) => "machine_" + culture;
}
