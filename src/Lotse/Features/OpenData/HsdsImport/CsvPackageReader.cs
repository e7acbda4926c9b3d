using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Lotse.Features.OpenData.Hsds;

namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>
/// Reads an HSDS CSV datapackage: datapackage.json names the tables, each CSV's header is held against
/// the columns of the specification (unknown columns: warning; missing required columns: error).
/// </summary>
public static class CsvPackageReader
{
    public const string DescriptorName = "datapackage.json";

    public static HsdsPackage Read(PackageFiles files, string sourceName, HsdsImportLimits limits, ImportReport report)
    {
        var package = new HsdsPackage { SourceName = sourceName };
        var spec = HsdsSpec.Current;
        var paths = TablePaths(files, spec, report);
        foreach (var (table, path) in paths)
            ReadTable(files, path, table, package, limits, report);
        foreach (var name in files.Names.Where(n => n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
        {
            if (!paths.Any(p => string.Equals(p.Path, name, StringComparison.OrdinalIgnoreCase)))
                report.Warning(name, null, null, "Die Datei gehört zu keiner HSDS-Tabelle des Datenpakets und wird nicht gelesen.");
        }
        if (paths.Count == 0)
            report.Error(sourceName, null, null, "Das Datenpaket enthält keine HSDS-Tabelle (keine der CSV-Dateien von HSDS 3.0 wurde gefunden).");
        return package;
    }

    /// <summary>Table → file, from the package's datapackage.json, or by the standard file names when it has none.</summary>
    private static List<(HsdsTable Table, string Path)> TablePaths(PackageFiles files, HsdsSpec spec, ImportReport report)
    {
        var result = new List<(HsdsTable, string)>();
        if (!files.Contains(DescriptorName))
        {
            report.Warning(DescriptorName, null, null, "Die Datei fehlt; die Tabellen werden an den Dateinamen von HSDS 3.0 erkannt.");
            foreach (var table in spec.Tables.Where(t => files.Contains(t.Path)))
                result.Add((table, table.Path));
            return result;
        }
        try
        {
            using var stream = files.Open(DescriptorName);
            using var document = JsonDocument.Parse(stream);
            // TryGetProperty throws on anything but an object: check the kind first (found by the fuzz run).
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("resources", out var resources) || resources.ValueKind != JsonValueKind.Array)
            {
                report.Error(DescriptorName, null, "resources", "Die Liste der Tabellen fehlt.");
                return result;
            }
            var index = 0;
            foreach (var resource in resources.EnumerateArray())
            {
                index++;
                if (resource.ValueKind != JsonValueKind.Object)
                {
                    report.Error(DescriptorName, $"Tabelle {index}", null, "Der Eintrag beschreibt keine Tabelle (erwartet wird ein Objekt mit „name“ und „path“).");
                    continue;
                }
                var name = resource.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                var path = resource.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
                var table = name is null ? null : spec.Table(name);
                if (table is null)
                {
                    report.Warning(DescriptorName, $"Tabelle {index}", "name", $"„{name}“ ist keine Tabelle von HSDS 3.0 und wird nicht gelesen.");
                    continue;
                }
                path ??= table.Path;
                if (!files.Contains(path))
                {
                    report.Warning(DescriptorName, $"Tabelle {index}", "path", $"Die Datei „{path}“ der Tabelle „{name}“ fehlt im Datenpaket; die Tabelle gilt als leer.");
                    continue;
                }
                result.Add((table, path));
            }
        }
        catch (JsonException e)
        {
            report.Error(DescriptorName, e.LineNumber is { } line ? $"Zeile {line + 1}" : null, null, "Die Datei ist kein gültiges JSON.");
        }
        return result;
    }

    private static void ReadTable(PackageFiles files, string path, HsdsTable table, HsdsPackage package, HsdsImportLimits limits, ImportReport report)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using var reader = new StreamReader(files.Open(path), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, config);
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                report.Warning(path, null, null, "Die Datei ist leer.");
                return;
            }
            if (!CheckHeader(path, table, header, report))
                return;
            var lastLine = csv.Parser.RawRow;
            var rows = 0;
            while (csv.Read())
            {
                var line = lastLine + 1;
                lastLine = csv.Parser.RawRow;
                var cells = csv.Parser.Record ?? [];
                if (cells.All(string.IsNullOrWhiteSpace))
                    continue;
                if (++rows > limits.MaxRows)
                {
                    report.Error(path, null, null, $"Die Datei hat mehr als {limits.MaxRows} Zeilen; so große Tabellen werden nicht eingelesen.");
                    return;
                }
                var position = $"Zeile {line}";
                if (cells.Length != header.Length)
                {
                    report.Error(path, position, null, $"Die Zeile hat {cells.Length} Felder, die Kopfzeile aber {header.Length}. Vermutlich fehlt ein Anführungszeichen oder ein Komma.");
                    continue;
                }
                var record = new HsdsRecord(table.Name, path, position);
                for (var i = 0; i < header.Length; i++)
                {
                    var value = cells[i];
                    if (string.IsNullOrWhiteSpace(value) || table.Field(header[i]) is null)
                        continue;
                    if (value.Length > limits.MaxFieldLength)
                    {
                        report.Error(path, position, header[i], $"Der Text ist zu lang ({value.Length} Zeichen; erlaubt sind höchstens {limits.MaxFieldLength}).");
                        continue;
                    }
                    record.Values[header[i]] = value.Trim();
                }
                package.Add(record);
            }
        }
        catch (CsvHelperException e)
        {
            report.Error(path, e.Context?.Parser is { } parser ? $"Zeile {parser.RawRow}" : null, null, "Die Datei ist keine lesbare CSV-Datei.");
        }
    }

    /// <summary>False when a required column is missing: the table is then not read.</summary>
    private static bool CheckHeader(string path, HsdsTable table, string[] header, ImportReport report)
    {
        var ok = true;
        foreach (var column in header.Where(h => table.Field(h) is null))
            report.Warning(path, "Zeile 1", column, "Diese Spalte gibt es in HSDS 3.0 nicht; sie wird nicht übernommen.");
        foreach (var duplicate in header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            report.Error(path, "Zeile 1", duplicate.Key, "Die Spalte kommt mehrfach vor.");
            ok = false;
        }
        foreach (var field in table.Fields.Where(f => f.Required && !header.Contains(f.Name, StringComparer.Ordinal)))
        {
            report.Error(path, "Zeile 1", field.Name, "Die Pflichtspalte fehlt.");
            ok = false;
        }
        return ok;
    }
}
