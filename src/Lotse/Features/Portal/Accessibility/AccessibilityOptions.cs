namespace Lotse.Features.Portal.Accessibility;

/// <summary>The <c>Lotse:Accessibility</c> configuration section.</summary>
public sealed class AccessibilityOptions
{
    public const string Section = "Lotse:Accessibility";

    /// <summary>
    /// Path of the sign language (DGS) video on this server, e.g. <c>/media/dgs-portal.mp4</c> under wwwroot;
    /// empty until the county has one. Only local paths are shown: the portal loads nothing from other hosts.
    /// </summary>
    public string DgsVideoPath { get; set; } = "";

    /// <summary>Optional WebVTT captions for the video, also a local path.</summary>
    public string DgsCaptionsPath { get; set; } = "";

    /// <summary>Feedback messages one address may send per <see cref="FeedbackWindowMinutes"/>.</summary>
    public int FeedbackPermitLimit { get; set; } = 5;

    public int FeedbackWindowMinutes { get; set; } = 10;

    /// <summary>The configured video, or null when none is set or it points to another host.</summary>
    public string? LocalVideo => IsLocal(DgsVideoPath) ? DgsVideoPath : null;

    public string? LocalCaptions => IsLocal(DgsCaptionsPath) ? DgsCaptionsPath : null;

    // "/x" is this host; "//x" and "http:" are not.
    private static bool IsLocal(string path) =>
        path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.Contains('\\', StringComparison.Ordinal);
}
