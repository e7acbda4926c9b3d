using System.Text.Json;

namespace Lotse.Features.OpenData.Hsds;

/// <summary>One column of an HSDS table as the specification's datapackage.json declares it.</summary>
public sealed record HsdsField(string Name, string Type, string? Format, bool Required, IReadOnlyList<string>? Enum);

/// <summary>A reference from a column to the id of another table.</summary>
public sealed record HsdsForeignKey(string Field, string Table);

/// <summary>One HSDS table: resource name (e.g. <c>service</c>), file name (<c>services.csv</c>), columns, references.</summary>
public sealed record HsdsTable(string Name, string Path, IReadOnlyList<HsdsField> Fields, IReadOnlyList<HsdsForeignKey> ForeignKeys)
{
    public HsdsField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

/// <summary>
/// The HSDS 3.0 tabular specification read from the copy in Features/OpenData/Hsds/Spec: the export writes
/// exactly its files and columns in their order, the import checks exactly its columns, types and references.
/// </summary>
public sealed class HsdsSpec
{
    private static readonly Lazy<HsdsSpec> Loaded = new(() => Load(DatapackagePath));

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Features", "OpenData", "Hsds", "Spec");

    public static string DatapackagePath => Path.Combine(Folder, "datapackage.json");

    public static HsdsSpec Current => Loaded.Value;

    /// <summary>The datapackage's tables in its own order.</summary>
    public IReadOnlyList<HsdsTable> Tables { get; }

    private readonly Dictionary<string, HsdsTable> _byName;

    private HsdsSpec(IReadOnlyList<HsdsTable> tables)
    {
        Tables = tables;
        _byName = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public HsdsTable? Table(string name) => _byName.GetValueOrDefault(name);

    public HsdsTable? TableByPath(string path) =>
        Tables.FirstOrDefault(t => string.Equals(t.Path, path, StringComparison.OrdinalIgnoreCase));

    private static HsdsSpec Load(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var tables = new List<HsdsTable>();
        foreach (var resource in document.RootElement.GetProperty("resources").EnumerateArray())
        {
            var schema = resource.GetProperty("schema");
            var fields = schema.GetProperty("fields").EnumerateArray().Select(f =>
            {
                var constraints = f.TryGetProperty("constraints", out var c) ? c : default;
                var required = constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True;
                IReadOnlyList<string>? values = constraints.ValueKind == JsonValueKind.Object && constraints.TryGetProperty("enum", out var e)
                    ? e.EnumerateArray().Select(v => v.GetString() ?? "").ToList()
                    : null;
                return new HsdsField(
                    f.GetProperty("name").GetString()!,
                    f.TryGetProperty("type", out var t) ? t.GetString() ?? "string" : "string",
                    f.TryGetProperty("format", out var fmt) ? fmt.GetString() : null,
                    required,
                    values);
            }).ToList();
            var keys = schema.TryGetProperty("foreignKeys", out var fks)
                ? fks.EnumerateArray().Select(k => new HsdsForeignKey(
                    k.GetProperty("fields").GetString()!,
                    k.GetProperty("reference").GetProperty("resource").GetString()!)).ToList()
                : [];
            tables.Add(new HsdsTable(resource.GetProperty("name").GetString()!, resource.GetProperty("path").GetString()!, fields, keys));
        }
        return new HsdsSpec(tables);
    }
}
