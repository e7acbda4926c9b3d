using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using CsvHelper.Configuration.Attributes;

namespace Lotse.Features.Editorial.History;

/// <summary>An audit row as an HSDS 3.0 <c>metadata</c> record (columns and order as in the specification's metadata.json).</summary>
public sealed record HsdsMetadataRecord(
    [property: JsonPropertyName("id"), Name("id"), Index(0)] string Id,
    [property: JsonPropertyName("resource_id"), Name("resource_id"), Index(1)] string ResourceId,
    [property: JsonPropertyName("resource_type"), Name("resource_type"), Index(2)] string ResourceType,
    [property: JsonPropertyName("last_action_date"), Name("last_action_date"), Index(3)] string LastActionDate,
    [property: JsonPropertyName("last_action_type"), Name("last_action_type"), Index(4)] string LastActionType,
    [property: JsonPropertyName("field_name"), Name("field_name"), Index(5)] string FieldName,
    [property: JsonPropertyName("previous_value"), Name("previous_value"), Index(6)] string PreviousValue,
    [property: JsonPropertyName("replacement_value"), Name("replacement_value"), Index(7)] string ReplacementValue,
    [property: JsonPropertyName("updated_by"), Name("updated_by"), Index(8)] string UpdatedBy)
{
    public static HsdsMetadataRecord From(AuditEntry a) => new(
        a.Id.ToString("D"),
        a.EntityId.ToString("D"),
        HsdsType(a.EntityType),
        a.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        a.Action.ToString().ToLowerInvariant() switch { "created" => "create", "updated" => "update", "deleted" => "delete", "exported" => "export", "erased" => "erase", var other => other },
        a.Field is null ? "" : SnakeCase(a.Field),
        a.OldValue ?? "",
        a.NewValue ?? "",
        a.Source == ActorSources.Web || a.Source == a.ActorName ? a.ActorName : $"{a.ActorName} ({a.Source})");

    /// <summary>HSDS's table names for our entities; an offer is a service.</summary>
    private static string HsdsType(string entityType) => entityType == "Offer" ? "service" : SnakeCase(entityType);

    /// <summary>"FeesDescription" → "fees_description", which is also HSDS's name for most of our fields.</summary>
    private static string SnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                result.Append('_');
            result.Append(char.ToLowerInvariant(name[i]));
        }
        return result.ToString();
    }
}
