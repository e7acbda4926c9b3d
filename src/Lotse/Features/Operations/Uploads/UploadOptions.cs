namespace Lotse.Features.Operations.Uploads;

/// <summary>
/// Settings under <c>Lotse:Uploads</c>. Without <see cref="VirusScanner"/> uploads are not scanned for malware
/// (they are still checked for size, type and structure); with it, every upload goes through clamd first and is
/// refused when clamd finds something or cannot be asked (ASVS 12.4.2).
/// </summary>
public sealed class UploadOptions
{
    public const string Section = "Lotse:Uploads";

    /// <summary>Where clamd listens: "127.0.0.1:3310", "localhost:3310", "[::1]:3310" or "unix:/run/clamav/clamd.ctl".</summary>
    public string? VirusScanner { get; set; }

    /// <summary>How long to wait for clamd to accept the connection.</summary>
    public double ConnectTimeoutSeconds { get; set; } = 3;

    /// <summary>How long sending one file and waiting for clamd's verdict may take.</summary>
    public double ScanTimeoutSeconds { get; set; } = 30;
}
