using Microsoft.Extensions.Options;

namespace Lotse.Features.Planning.Concept;

/// <summary>Concept documents as files in &lt;DataDirectory&gt;/concept-documents, named by a random id (never by the upload's name).</summary>
public sealed class ConceptDocumentStore(IOptions<LotseOptions> options)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private string Folder => Path.Combine(options.Value.ResolvedDataDirectory, "concept-documents");

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Folder);
        var name = Guid.NewGuid().ToString("N") + ".bin";
        await using var file = File.Create(Path.Combine(Folder, name));
        await content.CopyToAsync(file, cancellationToken);
        return name;
    }

    /// <summary>The stored file's full path, or null when it is gone or the stored name is not one of ours.</summary>
    public string? PathOf(string storedName)
    {
        if (storedName.Length != 36 || !Guid.TryParseExact(storedName[..32], "N", out _) || !storedName.EndsWith(".bin", StringComparison.Ordinal))
            return null;
        var path = Path.Combine(Folder, storedName);
        return File.Exists(path) ? path : null;
    }

    public void Delete(string? storedName)
    {
        if (storedName is not null && PathOf(storedName) is { } path)
            File.Delete(path);
    }
}
