using System.Globalization;

namespace Lotse.Features.Portal;

/// <summary>A culture of the portal: its URL segment and the culture that formats and translates for it.</summary>
public sealed record PortalCulture(string Segment, string CultureName)
{
    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(CultureName);

    /// <summary>The language tag for <c>lang</c> attributes (the segment is the BCP 47 language).</summary>
    public string LanguageTag => Segment;

    public bool IsRightToLeft => Culture.TextInfo.IsRightToLeft;
}

/// <summary>
/// The cultures the portal serves under <c>/{segment}/</c>. Adding a language is adding a row here
/// plus its resource file.
/// </summary>
public static class PortalCultures
{
    public static readonly IReadOnlyList<PortalCulture> All =
    [
        new("de", "de-DE"),
    ];

    public static PortalCulture Default => All[0];

    public static PortalCulture? Find(string? segment) =>
        segment is null ? null : All.FirstOrDefault(c => string.Equals(c.Segment, segment, StringComparison.OrdinalIgnoreCase));

    /// <summary>The culture of the first path segment, or the default.</summary>
    public static PortalCulture FromPath(string? path)
    {
        var trimmed = (path ?? "").TrimStart('/');
        var end = trimmed.IndexOf('/');
        return Find(end < 0 ? trimmed : trimmed[..end]) ?? Default;
    }
}
