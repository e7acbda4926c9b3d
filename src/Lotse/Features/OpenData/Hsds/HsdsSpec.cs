using System.Text.Json;

namespace Lotse.Features.OpenData.Hsds;

/// <summary>The tabular serialization of HSDS 3.0 as Spec/datapackage.json defines it: files, columns and their order.</summary>
public static class HsdsSpec
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Features", "OpenData", "Hsds", "Spec");
    public static string DatapackagePath => Path.Combine(Folder, "datapackage.json");

    public sealed record Field(string Name, string Type);

    public sealed record Resource(string Name, string Path, IReadOnlyList<Field> Fields);

    private static readonly Lazy<IReadOnlyList<Resource>> LoadedResources = new(Load);

    /// <summary>The datapackage's resources in its own order.</summary>
    public static IReadOnlyList<Resource> Resources => LoadedResources.Value;

    private static IReadOnlyList<Resource> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(DatapackagePath));
        return document.RootElement.GetProperty("resources").EnumerateArray()
            .Select(r => new Resource(
                r.GetProperty("name").GetString()!,
                r.GetProperty("path").GetString()!,
                r.GetProperty("schema").GetProperty("fields").EnumerateArray()
                    .Select(f => new Field(f.GetProperty("name").GetString()!, f.GetProperty("type").GetString()!))
                    .ToList()))
            .ToList();
    }
}
