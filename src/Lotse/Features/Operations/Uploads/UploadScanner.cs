using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Lotse.Features.Operations.Uploads;

/// <summary>
/// The one gate every upload passes before it is parsed or stored (ASVS 12.4.2). Without a configured virus scanner
/// every file passes; with one, a file is refused when clamd finds malware (422) or gives no verdict (503: fail
/// closed, an unchecked file is never accepted). The log names the upload's purpose, size and the finding — never the
/// file's content, name or uploader.
/// </summary>
public sealed class UploadScanner(IOptions<UploadOptions> options, IStringLocalizer<UploadsResource> text, ILogger<UploadScanner> logger)
{
    private readonly ClamdClient? _client = CreateClient(options.Value);

    public bool Enabled => _client is not null;

    /// <summary>
    /// Null when the file may be read; otherwise the status to answer with, after putting the German message on
    /// <paramref name="field"/>. <paramref name="purpose"/> says in the log which upload it was (e.g. "spreadsheet-import").
    /// </summary>
    public async Task<int?> RefuseAsync(byte[] content, string purpose, ModelStateDictionary modelState, string field, CancellationToken cancellationToken)
    {
        if (_client is null)
            return null;
        using var stream = new MemoryStream(content, writable: false);
        var verdict = await _client.ScanAsync(stream, cancellationToken);
        switch (verdict.Outcome)
        {
            case ClamdOutcome.Clean:
                return null;
            case ClamdOutcome.Infected:
                logger.LogWarning("Upload refused ({Purpose}, {Bytes} bytes): the virus scanner found {Signature}", purpose, content.Length, verdict.Signature);
                modelState.AddModelError(field, text["VirusFound", verdict.Signature!]);
                return StatusCodes.Status422UnprocessableEntity;
            default:
                logger.LogError("Upload refused ({Purpose}, {Bytes} bytes): the virus scanner at {Scanner} gave no verdict: {Reason}",
                    purpose, content.Length, _client.Address, verdict.Reason);
                modelState.AddModelError(field, text["ScanUnavailable"]);
                return StatusCodes.Status503ServiceUnavailable;
        }
    }

    /// <summary>Null without a scanner; else whether clamd answers PING (for the health check).</summary>
    public async Task<bool?> AnswersAsync(CancellationToken cancellationToken) =>
        _client is null ? null : await _client.PingAsync(cancellationToken);

    private static ClamdClient? CreateClient(UploadOptions settings)
    {
        if (string.IsNullOrWhiteSpace(settings.VirusScanner))
            return null;
        // Checked at start (UploadOptionsValidation), so the address is valid here.
        var address = ClamdAddress.Parse(settings.VirusScanner, out _)!;
        return new ClamdClient(address, TimeSpan.FromSeconds(settings.ConnectTimeoutSeconds), TimeSpan.FromSeconds(settings.ScanTimeoutSeconds));
    }
}
