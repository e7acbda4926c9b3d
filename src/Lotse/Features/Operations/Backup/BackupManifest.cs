using System.Text.Json;
using System.Text.Json.Serialization;
using Lotse.Data;

namespace Lotse.Features.Operations.Backup;

/// <summary>What a backup archive holds: written as <c>manifest.json</c>, checked before anything is restored.</summary>
public sealed record BackupManifest(
    string Format,
    int Version,
    DateTime CreatedAt,
    DatabaseProvider Provider,
    string? LastMigration,
    string DatabaseEntry,
    IReadOnlyList<string> Files)
{
    public const string FileName = "manifest.json";
    public const string FormatName = "lotse-backup";
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The manifest, or null when the text is not one of ours.</summary>
    public static BackupManifest? FromJson(string json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(json, Json);
            return manifest is { Format: FormatName, DatabaseEntry.Length: > 0 } ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
