using System.Text.Json;

namespace Lotse.Features.OpenData.Hsds;

/// <summary>
/// The HSDS JSON export: one JSON array of all published services, each fully nested as
/// <c>GET /api/hsds/services/{id}</c> answers it, in id order, indented, UTF-8 without BOM.
/// Taxonomy terms that no service uses travel only in the CSV datapackage.
/// </summary>
public static class HsdsJsonWriter
{
    public static async Task WriteAsync(HsdsNesting nesting, Stream stream, Action<int>? servicesWritten, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = HsdsJson.Options.Encoder });
        writer.WriteStartArray();
        var count = 0;
        foreach (var service in nesting.AllServices())
        {
            cancellationToken.ThrowIfCancellationRequested();
            JsonSerializer.Serialize(writer, service, HsdsJson.Options);
            servicesWritten?.Invoke(++count);
            if (writer.BytesPending > 64 * 1024)
                await writer.FlushAsync(cancellationToken);
        }
        writer.WriteEndArray();
        await writer.FlushAsync(cancellationToken);
    }
}
