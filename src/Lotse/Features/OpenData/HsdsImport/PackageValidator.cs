using System.Globalization;
using Lotse.Features.OpenData.Hsds;

namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>
/// Checks a read package before anything is written: required fields, types, allowed values, unique
/// ids, references between tables (or to what Lotse already holds), and the lengths Lotse can store.
/// </summary>
public static class PackageValidator
{
    // The longest text Lotse stores in the column a field is imported into.
    private static readonly Dictionary<(string Table, string Field), int> StoredLengths = new()
    {
        [("service", "name")] = 300,
        [("service", "alternate_name")] = 300,
        [("service", "description")] = 20_000,
        [("service", "url")] = 500,
        [("service", "email")] = 254,
        [("service", "fees_description")] = 2000,
        [("service", "eligibility_description")] = 2000,
        [("service", "application_process")] = 2000,
        [("organization", "name")] = 300,
        [("organization", "alternate_name")] = 300,
        [("organization", "description")] = 20_000,
        [("organization", "email")] = 254,
        [("organization", "website")] = 500,
        [("location", "name")] = 300,
        [("location", "transportation")] = 1000,
        [("address", "address_1")] = 200,
        [("address", "postal_code")] = 10,
        [("address", "city")] = 100,
        [("accessibility", "description")] = 1000,
        [("accessibility", "details")] = 2000,
        [("phone", "number")] = 50,
        [("contact", "name")] = 200,
        [("contact", "title")] = 200,
        [("contact", "department")] = 200,
        [("contact", "email")] = 254,
        [("cost_option", "option")] = 300,
        [("cost_option", "currency")] = 3,
        [("cost_option", "amount_description")] = 500,
        [("taxonomy_term", "name")] = 200,
        [("taxonomy_term", "code")] = 80,
        [("taxonomy_term", "description")] = 1000,
        [("taxonomy", "name")] = 200,
        [("taxonomy", "description")] = 1000,
    };

    private static readonly Dictionary<string, (string Noun, string Which)> Nouns = new(StringComparer.Ordinal)
    {
        ["organization"] = ("eine Organisation", "die"),
        ["service"] = ("ein Angebot", "das"),
        ["location"] = ("einen Ort", "den"),
        ["taxonomy_term"] = ("einen Begriff", "den"),
        ["taxonomy"] = ("eine Taxonomie", "die"),
        ["phone"] = ("eine Telefonnummer", "die"),
        ["contact"] = ("einen Kontakt", "den"),
        ["service_at_location"] = ("eine Zuordnung von Angebot und Ort", "die"),
        ["program"] = ("ein Programm", "das"),
    };

    public static void Validate(HsdsPackage package, ExistingIds existing, ImportReport report)
    {
        var spec = HsdsSpec.Current;
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var name in package.TableNames)
        {
            var table = spec.Table(name)!;
            var seen = ids[name] = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in package.Rows(name))
            {
                foreach (var field in table.Fields)
                    CheckField(row, field, report);
                if (row.Id is { } id && !seen.Add(id))
                    report.Error(row, "id", $"Die Kennung {id} kommt in der Tabelle „{name}“ mehrfach vor.");
            }
        }
        foreach (var name in package.TableNames)
        {
            var table = spec.Table(name)!;
            foreach (var row in package.Rows(name))
            {
                foreach (var key in table.ForeignKeys)
                    CheckReference(row, key.Field, key.Table, ids, existing, report);
                if (name == "attribute")
                    CheckAttributeLink(row, ids, existing, report);
            }
        }
    }

    private static void CheckField(HsdsRecord row, HsdsField field, ImportReport report)
    {
        var value = row[field.Name];
        if (value is null)
        {
            if (field.Required)
                report.Error(row, field.Name, "Das Pflichtfeld ist leer.");
            return;
        }
        var problem = TypeProblem(value, field);
        if (problem is not null)
        {
            report.Error(row, field.Name, problem);
            return;
        }
        if (field.Enum is { } allowed && !allowed.Contains(value, StringComparer.Ordinal))
            report.Error(row, field.Name, $"Der Wert „{value}“ ist nicht erlaubt; erlaubt sind: {string.Join(", ", allowed)}.");
        if (StoredLengths.TryGetValue((row.Table, field.Name), out var max) && value.Length > max)
            report.Error(row, field.Name, $"Der Text ist zu lang für Lotse ({value.Length} Zeichen; höchstens {max}).");
        if (row.Table == "service" && field.Name is "minimum_age" or "maximum_age"
            && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            report.Error(row, field.Name, $"„{value}“ ist kein Alter in ganzen Jahren.");
    }

    internal static string? TypeProblem(string value, HsdsField field) => (field.Type, field.Format) switch
    {
        (_, "uuid") when !IsUuid(value) => $"„{value}“ ist keine gültige Kennung (UUID, z. B. 3f7b145d-84af-42d7-8fae-eaca714b02b2).",
        ("number", _) when !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => $"„{value}“ ist keine Zahl (Dezimalpunkt statt Komma).",
        ("date", _) when ParseDate(value) is null => $"„{value}“ ist kein Datum im Format JJJJ-MM-TT.",
        ("datetime", _) when !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _) => $"„{value}“ ist kein Zeitpunkt (z. B. 2024-05-16T10:30:00Z).",
        ("time", _) when ParseTime(value) is null => $"„{value}“ ist keine Uhrzeit im Format HH:MM oder HH:MM:SS.",
        (_, "email") when !value.Contains('@', StringComparison.Ordinal) => $"„{value}“ ist keine E-Mail-Adresse.",
        (_, "uri") when !Uri.TryCreate(value, UriKind.Absolute, out _) => $"„{value}“ ist keine vollständige Internetadresse (mit https://).",
        _ => null,
    };

    public static bool IsUuid(string value) => Guid.TryParseExact(value, "D", out _);

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>HH:MM or HH:MM:SS, optionally with a zone suffix ("Z", "+01:00"), which Lotse's local opening hours ignore.</summary>
    public static TimeOnly? ParseTime(string? value)
    {
        if (value is null)
            return null;
        var text = value.TrimEnd('Z');
        var zone = text.IndexOfAny(['+', '-'], 1);
        if (zone > 0)
            text = text[..zone];
        return TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
    }

    private static void CheckReference(HsdsRecord row, string field, string target, Dictionary<string, HashSet<string>> ids,
        ExistingIds existing, ImportReport report)
    {
        var value = row[field];
        if (value is null || !IsUuid(value))
            return;
        if (ids.TryGetValue(target, out var inPackage) && inPackage.Contains(value))
            return;
        if (existing.Contains(target, value))
            return;
        var (noun, which) = Nouns.GetValueOrDefault(target, ($"einen Eintrag der Tabelle „{target}“", "den"));
        report.Error(row, field, $"verweist auf {noun}, {which} es weder im Datenpaket noch in Lotse gibt ({value}).");
    }

    private static void CheckAttributeLink(HsdsRecord row, Dictionary<string, HashSet<string>> ids, ExistingIds existing, ImportReport report)
    {
        var entity = row["link_entity"];
        if (entity is null)
            return;
        if (HsdsSpec.Current.Table(entity) is null)
        {
            report.Error(row, "link_entity", $"„{entity}“ ist keine Tabelle von HSDS 3.0.");
            return;
        }
        CheckReference(row, "link_id", entity, ids, existing, report);
    }
}
