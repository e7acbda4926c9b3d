namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>
/// Bounds on what one HSDS import reads, so a huge or hostile file is refused with a message instead of
/// filling memory or disk. Configured under <c>Lotse:HsdsImport</c>.
/// </summary>
public sealed record HsdsImportLimits
{
    public const string Section = "Lotse:HsdsImport";

    /// <summary>Largest file read (a CSV, the JSON file or the .zip itself).</summary>
    public long MaxFileBytes { get; init; } = 50 * 1024 * 1024;
    /// <summary>Most entries a .zip may hold.</summary>
    public int MaxZipEntries { get; init; } = 100;
    /// <summary>Most bytes all entries of a .zip may unpack to together.</summary>
    public long MaxUnpackedBytes { get; init; } = 200 * 1024 * 1024;
    /// <summary>Most rows (records) per table.</summary>
    public int MaxRows { get; init; } = 100_000;
    /// <summary>Longest text of a single field.</summary>
    public int MaxFieldLength { get; init; } = 20_000;

    public static HsdsImportLimits From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<HsdsImportLimits>() ?? new HsdsImportLimits();
}
