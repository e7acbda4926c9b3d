using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using CsvHelper.Configuration;

namespace Lotse.Features.OpenData.Hsds;

/// <summary>
/// Writes <see cref="HsdsTables"/> as an HSDS 3.0 CSV datapackage: the specification's datapackage.json
/// unchanged and one CSV per resource with exactly its columns in its order (header only when Lotse has
/// no such rows). RFC 4180 (comma, CRLF, quotes where needed), UTF-8 without BOM. Values are written raw,
/// without the formula guard of the back office's spreadsheet exports: HSDS files are data for
/// programs, and a prefixed value would not survive a round trip.
/// </summary>
public static class HsdsCsvWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        Encoding = Utf8,
        // RFC 4180: quote what holds a comma, a quote or any line break (CsvHelper looks only for the configured NewLine).
        ShouldQuote = args => args.Field is { } field && field.AsSpan().IndexOfAny(",\"\r\n") >= 0,
    };

    /// <summary>Writes into <paramref name="folder"/> (created if missing); reports each file written.</summary>
    public static async Task WriteAsync(HsdsTables tables, string folder, Action<string>? fileWritten, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "datapackage.json"), await File.ReadAllBytesAsync(HsdsSpec.DatapackagePath, cancellationToken), cancellationToken);
        fileWritten?.Invoke("datapackage.json");
        foreach (var resource in HsdsSpec.Current.Tables)
        {
            await using var stream = File.Create(Path.Combine(folder, resource.Path));
            await WriteTableAsync(resource, tables.RowsOf(resource.Name), stream, cancellationToken);
            fileWritten?.Invoke(resource.Path);
        }
    }

    public static async Task WriteTableAsync(HsdsTable resource, IReadOnlyList<object> rows, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, Utf8, leaveOpen: true);
        await using var csv = new CsvWriter(writer, Configuration);
        foreach (var field in resource.Fields)
            csv.WriteField(field.Name);
        await csv.NextRecordAsync();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = JsonSerializer.SerializeToNode(row, row.GetType(), HsdsJson.Options)!.AsObject();
            foreach (var field in resource.Fields)
                csv.WriteField(Cell(values[field.Name]));
            await csv.NextRecordAsync();
        }
    }

    /// <summary>A JSON scalar as CSV text: strings as they are, numbers in their JSON (invariant) form; nested lists are not columns.</summary>
    private static string Cell(JsonNode? value) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => "",
    };
}
