namespace Lotse;

/// <summary>The <c>Lotse</c> configuration section (environment: <c>Lotse__DataDirectory</c>, …).</summary>
public sealed class LotseOptions
{
    public const string Section = "Lotse";

    /// <summary>Folder for the SQLite database and the search index; relative paths start at the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Seed fictional demo offers into a new, empty database.</summary>
    public bool DemoData { get; set; } = true;

    public string ResolvedDataDirectory => Path.GetFullPath(DataDirectory);
}
