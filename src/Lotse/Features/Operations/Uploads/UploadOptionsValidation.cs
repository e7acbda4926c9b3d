using Microsoft.Extensions.Options;

namespace Lotse.Features.Operations.Uploads;

/// <summary>A wrong scanner setting stops the start with a message naming the setting, instead of failing at the first upload.</summary>
public sealed class UploadOptionsValidation : IValidateOptions<UploadOptions>
{
    public ValidateOptionsResult Validate(string? name, UploadOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.VirusScanner) && ClamdAddress.Parse(options.VirusScanner, out var error) is null)
            failures.Add($"{UploadOptions.Section}:VirusScanner \"{options.VirusScanner}\" is not usable: {error}. Leave it empty to accept uploads without a virus scan.");
        if (options.ConnectTimeoutSeconds is <= 0 or > 300)
            failures.Add($"{UploadOptions.Section}:ConnectTimeoutSeconds must be between 0 and 300 seconds.");
        if (options.ScanTimeoutSeconds is <= 0 or > 3600)
            failures.Add($"{UploadOptions.Section}:ScanTimeoutSeconds must be between 0 and 3600 seconds.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
