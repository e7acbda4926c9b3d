using System.Text.Json;
using Json.Schema;
using Lotse.Features.OpenData.Hsds;

namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>
/// The HSDS 3.0 JSON Schemas from Features/OpenData/Hsds/Spec/schema, built once into their own
/// registry: the files refer to each other by file name (e.g. <c>"$ref": "phone.json"</c>).
/// </summary>
public static class HsdsJsonSchemas
{
    private static readonly Uri BaseUri = new("https://lotse.invalid/hsds/schema/");
    private static readonly Lazy<(JsonSchema Service, BuildOptions Options)> Built = new(Build);

    public static JsonSchema Service => Built.Value.Service;

    private static (JsonSchema, BuildOptions) Build()
    {
        // The HSDS schema files carry their own annotations ("name", "core", "constraints", …): allowed, not evaluated.
        var options = new BuildOptions
        {
            SchemaRegistry = new SchemaRegistry(),
            Dialect = Dialect.Draft202012.With([], allowUnknownKeywords: true),
        };
        var folder = Path.Combine(HsdsSpec.Folder, "schema");
        var texts = System.IO.Directory.EnumerateFiles(folder, "*.json")
            .Where(f => Path.GetFileName(f) != "openapi.json")
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        // Referenced schemas must be known before the ones that refer to them; the references form
        // cycles, so every file is registered first and built on demand through the registry's fetch.
        options.SchemaRegistry.Fetch = (uri, _) =>
            texts.TryGetValue(Path.GetFileName(uri.AbsolutePath), out var text)
                ? JsonSchema.FromText(text, options, uri)
                : null;
        var service = JsonSchema.FromText(texts["service.json"], options, new Uri(BaseUri, "service.json"));
        return (service, options);
    }

    /// <summary>Every place where <paramref name="instance"/> breaks the service schema, as (JSON pointer, keyword, message).</summary>
    public static IReadOnlyList<(string Location, string Keyword, string Message)> CheckService(JsonElement instance)
    {
        var results = Service.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = false });
        if (results.IsValid)
            return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => (d.InstanceLocation.ToString(), e.Key, e.Value)))
            .Distinct()
            .ToList();
    }
}
