using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Lotse.Features.OpenData.Hsds;

namespace Lotse.Tests.OpenData.Hsds;

/// <summary>The HSDS 3.0 JSON Schemas of Spec/schema, their $refs resolved among each other, formats checked.</summary>
public static class HsdsSchemas
{
    private static readonly Uri Base = new("https://lotse.test/hsds/schema/");
    private static readonly Dictionary<string, JsonSchema> Built = new();
    private static readonly SchemaRegistry Registry = CreateRegistry();
    private static readonly BuildOptions Build = new() { SchemaRegistry = Registry, Dialect = Dialect.Draft202012 };
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static SchemaRegistry CreateRegistry()
    {
        var registry = new SchemaRegistry();
        registry.Fetch = (uri, _) => Get(Path.GetFileName(uri.AbsolutePath));
        return registry;
    }

    public static JsonSchema Get(string file)
    {
        lock (Built)
        {
            if (!Built.TryGetValue(file, out var schema))
            {
                var text = File.ReadAllText(Path.Combine(HsdsSpec.Folder, "schema", file));
                schema = JsonSchema.FromText(text, Build, new Uri(Base, file));
                Built[file] = schema;
            }
            return schema;
        }
    }

    /// <summary>The validation errors of <paramref name="instance"/> against schema/<paramref name="file"/>, empty when valid.</summary>
    public static IReadOnlyList<string> Errors(string file, JsonElement instance)
    {
        var result = Get(file).Evaluate(instance, Evaluation);
        if (result.IsValid)
            return [];
        return (result.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToList();
    }

    /// <summary>A CSV row as the JSON object it stands for: typed by the datapackage's field types, empty cells absent.</summary>
    public static JsonElement TypedRow(HsdsTable resource, IReadOnlyList<string> cells)
    {
        var row = new JsonObject();
        for (var i = 0; i < resource.Fields.Count; i++)
        {
            if (cells[i].Length == 0)
                continue;
            var field = resource.Fields[i];
            row[field.Name] = field.Type switch
            {
                "number" => JsonValue.Create(decimal.Parse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture)),
                "boolean" => JsonValue.Create(bool.Parse(cells[i])),
                _ => JsonValue.Create(cells[i]),
            };
        }
        return JsonSerializer.SerializeToElement(row);
    }
}
