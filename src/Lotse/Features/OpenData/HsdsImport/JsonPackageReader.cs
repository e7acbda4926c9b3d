using System.Text.Json;
using Lotse.Features.OpenData.Hsds;

namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>
/// Reads HSDS JSON — one service object, an array of services, or an API page with <c>contents</c> —
/// checks each service against the HSDS service schema and unnests it into the same tables as a CSV
/// datapackage (a nested object gets its parent's id as foreign key when it does not carry one).
/// </summary>
public static class JsonPackageReader
{
    // JSON property → HSDS table of the objects it nests.
    private static readonly Dictionary<string, string> NestedTables = new(StringComparer.Ordinal)
    {
        ["organization"] = "organization",
        ["program"] = "program",
        ["programs"] = "program",
        ["service"] = "service",
        ["services"] = "service",
        ["service_at_locations"] = "service_at_location",
        ["location"] = "location",
        ["locations"] = "location",
        ["addresses"] = "address",
        ["phones"] = "phone",
        ["schedules"] = "schedule",
        ["contacts"] = "contact",
        ["cost_options"] = "cost_option",
        ["languages"] = "language",
        ["attributes"] = "attribute",
        ["taxonomy_term"] = "taxonomy_term",
        ["taxonomy_detail"] = "taxonomy",
        ["accessibility"] = "accessibility",
        ["service_areas"] = "service_area",
        ["required_documents"] = "required_document",
        ["funding"] = "funding",
        ["organization_identifiers"] = "organization_identifier",
        ["metadata"] = "metadata",
    };

    public static HsdsPackage Read(Stream stream, string fileName, HsdsImportLimits limits, ImportReport report)
    {
        var package = new HsdsPackage { SourceName = fileName };
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            report.Error(fileName, e.LineNumber is { } line ? $"Zeile {line + 1}" : null, null,
                "Die Datei ist kein gültiges JSON (z. B. fehlt eine Klammer, ein Komma oder ein Anführungszeichen).");
            return package;
        }
        using (document)
        {
            var services = Services(document.RootElement, fileName, report);
            if (services is null)
                return package;
            if (services.Count > limits.MaxRows)
            {
                report.Error(fileName, null, null, $"Die Datei enthält mehr als {limits.MaxRows} Angebote; so große Dateien werden nicht eingelesen.");
                return package;
            }
            var seen = new HashSet<(string, string)>();
            foreach (var (service, path) in services)
            {
                var violations = HsdsJsonSchemas.CheckService(service);
                foreach (var (location, keyword, message) in violations)
                {
                    var (where, field) = Split(path, location, keyword, message);
                    report.Error(fileName, $"Eintrag {where}", field, $"{Explain(keyword)} ({message})");
                }
                if (violations.Count == 0)
                    Unnest(service, "service", path, null, fileName, package, seen, limits, report);
            }
        }
        return package;
    }

    private static List<(JsonElement, string)>? Services(JsonElement root, string fileName, ImportReport report)
    {
        if (root.ValueKind == JsonValueKind.Array)
            return root.EnumerateArray().Select((s, i) => (s, $"[{i}]")).ToList();
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("contents", out var contents) && contents.ValueKind == JsonValueKind.Array)
            return contents.EnumerateArray().Select((s, i) => (s, $"contents[{i}]")).ToList();
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out _))
            return [(root, "service")];
        report.Error(fileName, null, null, "Die Datei enthält weder ein Angebot (service), noch eine Liste von Angeboten, noch eine Seite mit „contents“.");
        return null;
    }

    private static void Unnest(JsonElement element, string table, string path, HsdsRecord? parent, string fileName,
        HsdsPackage package, HashSet<(string, string)> seen, HsdsImportLimits limits, ImportReport report)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return;
        var record = new HsdsRecord(table, fileName, $"Eintrag {path}");
        var children = new List<(JsonProperty Property, string Table)>();
        foreach (var property in element.EnumerateObject())
        {
            if (NestedTables.TryGetValue(property.Name, out var childTable) && property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                children.Add((property, childTable));
                continue;
            }
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
            if (string.IsNullOrWhiteSpace(text))
                continue;
            if (text.Length > limits.MaxFieldLength)
            {
                report.Error(fileName, record.Position, property.Name, $"Der Text ist zu lang ({text.Length} Zeichen; erlaubt sind höchstens {limits.MaxFieldLength}).");
                continue;
            }
            record.Values[property.Name] = text.Trim();
        }
        if (parent is not null)
            LinkToParent(record, parent);
        foreach (var (property, childTable) in children.Where(c => c.Property.Value.ValueKind == JsonValueKind.Object))
        {
            // A single nested object (service.organization, attribute.taxonomy_term) is what the parent refers to.
            var key = $"{childTable}_id";
            if (property.Value.TryGetProperty("id", out var childId) && childId.ValueKind == JsonValueKind.String
                && HsdsSpec.Current.Table(table)?.Field(key) is not null && record[key] is null)
                record.Values[key] = childId.GetString()!;
            if (table == "taxonomy_term" && childTable == "taxonomy" && record["taxonomy_id"] is null && childId.ValueKind == JsonValueKind.String)
                record.Values["taxonomy_id"] = childId.GetString()!;
        }
        if (record.Id is null || seen.Add((table, record.Id)))
            package.Add(record);
        foreach (var (property, childTable) in children)
        {
            if (property.Value.ValueKind == JsonValueKind.Object)
                Unnest(property.Value, childTable, $"{path}.{property.Name}", record, fileName, package, seen, limits, report);
            else
            {
                var i = 0;
                foreach (var item in property.Value.EnumerateArray())
                    Unnest(item, childTable, $"{path}.{property.Name}[{i++}]", record, fileName, package, seen, limits, report);
            }
        }
    }

    /// <summary>A nested row refers to the row it is nested in, unless it names its own reference.</summary>
    private static void LinkToParent(HsdsRecord record, HsdsRecord parent)
    {
        if (parent.Id is null)
            return;
        var spec = HsdsSpec.Current.Table(record.Table);
        var key = $"{parent.Table}_id";
        if (spec?.Field(key) is not null && record[key] is null)
            record.Values[key] = parent.Id;
        if (record.Table == "attribute")
        {
            record.Values.TryAdd("link_id", parent.Id);
            record.Values.TryAdd("link_entity", parent.Table);
        }
        if (record.Table == "metadata")
        {
            record.Values.TryAdd("resource_id", parent.Id);
            record.Values.TryAdd("resource_type", parent.Table);
        }
    }

    private static (string Where, string? Field) Split(string servicePath, string pointer, string keyword, string message)
    {
        // "/service_at_locations/0/location/name" → "[0].service_at_locations[0].location", field "name"
        var parts = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? field = null;
        var count = parts.Length;
        if (count > 0 && !int.TryParse(parts[^1], out _) && keyword != "required")
        {
            field = parts[^1];
            count--;
        }
        if (keyword == "required")
        {
            // "Required properties ["status"] are not present" → status
            var start = message.IndexOf('[', StringComparison.Ordinal);
            var end = message.IndexOf(']', start + 1);
            field = start >= 0 && end > start ? message[(start + 1)..end].Replace("\"", "", StringComparison.Ordinal) : null;
        }
        var where = servicePath;
        for (var i = 0; i < count; i++)
            where += int.TryParse(parts[i], out var n) ? $"[{n}]" : $".{parts[i]}";
        return (where, field);
    }

    private static string Explain(string keyword) => keyword switch
    {
        "required" => "Ein Pflichtfeld fehlt",
        "type" => "Der Wert hat die falsche Art (z. B. Text statt Zahl)",
        "enum" => "Der Wert ist nicht erlaubt",
        "format" => "Der Wert hat nicht das vorgeschriebene Format",
        _ => "Der Wert entspricht nicht dem HSDS-Schema",
    };
}
