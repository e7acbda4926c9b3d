using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>Who uploaded which file when; stored beside the file.</summary>
public sealed record PendingImport(string Token, Guid UserId, string FileName, SpreadsheetFormat Format, DateTime UploadedAt);

/// <summary>What the confirmation saved, for the result page.</summary>
public sealed record ImportOutcome(Guid UserId, bool Published, IReadOnlyList<ImportedOffer> Offers, int RowsWithErrors, int SkippedDuplicates);

public sealed record ImportedOffer(int Line, Guid Id, string Name);

/// <summary>
/// Uploads between preview and confirmation, kept as files under &lt;data&gt;/imports/ named by a random token,
/// so the database never holds half an import. After the confirmation only the outcome stays. Files older than
/// <see cref="Lifetime"/> are removed at the next upload, and each account keeps at most
/// <see cref="MaxWaitingPerUser"/> unconfirmed files (OWASP ASVS 4.0 V12.1.3), so no one fills the disk with previews.
/// </summary>
public sealed class PendingImports(IOptions<LotseOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);
    public const int MaxWaitingPerUser = 10;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private string Folder => Path.Combine(options.Value.ResolvedDataDirectory, "imports");

    public async Task<PendingImport> SaveAsync(Guid userId, string fileName, SpreadsheetFormat format, byte[] content, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Folder);
        RemoveExpired();
        await MakeRoomAsync(userId, cancellationToken);
        var pending = new PendingImport(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), userId,
            Path.GetFileName(fileName), format, clock.GetUtcNow().UtcDateTime);
        await File.WriteAllBytesAsync(DataPath(pending.Token), content, cancellationToken);
        await File.WriteAllTextAsync(MetaPath(pending.Token), JsonSerializer.Serialize(pending, Json), cancellationToken);
        return pending;
    }

    /// <summary>Null for a malformed or unknown token.</summary>
    public async Task<PendingImport?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (!IsToken(token) || !File.Exists(MetaPath(token)))
            return null;
        return JsonSerializer.Deserialize<PendingImport>(await File.ReadAllTextAsync(MetaPath(token), cancellationToken), Json);
    }

    public async Task<byte[]?> ContentAsync(string token, CancellationToken cancellationToken) =>
        IsToken(token) && File.Exists(DataPath(token)) ? await File.ReadAllBytesAsync(DataPath(token), cancellationToken) : null;

    public async Task<ImportOutcome?> OutcomeAsync(string token, CancellationToken cancellationToken) =>
        IsToken(token) && File.Exists(OutcomePath(token))
            ? JsonSerializer.Deserialize<ImportOutcome>(await File.ReadAllTextAsync(OutcomePath(token), cancellationToken), Json)
            : null;

    /// <summary>Replaces the upload by its outcome; the file itself is no longer needed.</summary>
    public async Task CompleteAsync(string token, ImportOutcome outcome, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(OutcomePath(token), JsonSerializer.Serialize(outcome, Json), cancellationToken);
        File.Delete(DataPath(token));
    }

    public static bool IsToken(string? token) => token is { Length: 32 } && token.All(char.IsAsciiHexDigitLower);

    private string DataPath(string token) => Path.Combine(Folder, token + ".upload");
    private string MetaPath(string token) => Path.Combine(Folder, token + ".json");
    private string OutcomePath(string token) => Path.Combine(Folder, token + ".result.json");

    /// <summary>
    /// Removes the file of the account's oldest unconfirmed uploads beyond the quota, keeping their description: their
    /// preview then says the file is gone and asks for a new upload, like after expiry.
    /// </summary>
    private async Task MakeRoomAsync(Guid userId, CancellationToken cancellationToken)
    {
        var waiting = new List<PendingImport>();
        foreach (var data in System.IO.Directory.EnumerateFiles(Folder, "*.upload"))
        {
            var token = Path.GetFileNameWithoutExtension(data);
            try
            {
                if (IsToken(token) && await FindAsync(token, cancellationToken) is { } upload && upload.UserId == userId)
                    waiting.Add(upload);
            }
            catch (Exception e) when (e is IOException or JsonException)
            {
                // Removed meanwhile or unreadable: it expires like any other.
            }
        }
        foreach (var oldest in waiting.OrderByDescending(u => u.UploadedAt).Skip(MaxWaitingPerUser - 1))
            TryDelete(DataPath(oldest.Token));
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // Still open by a parallel preview: the expiry removes it later.
        }
    }

    private void RemoveExpired()
    {
        var limit = clock.GetUtcNow().UtcDateTime - Lifetime;
        foreach (var file in System.IO.Directory.EnumerateFiles(Folder))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < limit)
                    File.Delete(file);
            }
            catch (IOException)
            {
                // Removed by a parallel request, or still open: the next upload tries again.
            }
        }
    }
}
