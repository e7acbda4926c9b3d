using System.Globalization;

namespace Lotse.Features.Portal;

/// <summary>
/// A culture of the portal: its URL segment, the culture that formats and translates for it, and
/// the language's own name for the language switcher.
/// </summary>
public sealed record PortalCulture(string Segment, string CultureName, string NativeName)
{
    public CultureInfo Culture { get; } = Gregorian(CultureInfo.GetCultureInfo(CultureName));

    /// <summary>The language tag for <c>lang</c> and <c>hreflang</c> attributes (the segment is the BCP 47 language).</summary>
    public string LanguageTag => Segment;

    public bool IsRightToLeft => Culture.TextInfo.IsRightToLeft;

    public string Direction => IsRightToLeft ? "rtl" : "ltr";

    // Dates on the portal (course dates, "last verified") are German civil dates: a Persian-calendar
    // default (fa-IR) would show 1403/12/24 for 14 March 2025.
    private static CultureInfo Gregorian(CultureInfo culture)
    {
        if (culture.Calendar is GregorianCalendar)
            return culture;
        var clone = (CultureInfo)culture.Clone();
        clone.DateTimeFormat.Calendar = clone.OptionalCalendars.OfType<GregorianCalendar>().First();
        return CultureInfo.ReadOnly(clone);
    }
}

/// <summary>
/// The cultures the portal serves under <c>/{segment}/</c>. Adding a language is adding a row here
/// plus its resource file and its rows in Data/Seed/taxonomie-uebersetzungen.csv.
/// </summary>
public static class PortalCultures
{
    public static readonly IReadOnlyList<PortalCulture> All =
    [
        new("de", "de-DE", "Deutsch"),
        new("en", "en-GB", "English"),
        new("tr", "tr-TR", "Türkçe"),
        new("ar", "ar-SY", "العربية"),
        new("fa", "fa-IR", "فارسی"),
        new("uk", "uk-UA", "Українська"),
        new("ru", "ru-RU", "Русский"),
        new("pl", "pl-PL", "Polski"),
    ];

    public static PortalCulture Default => All[0];

    public static PortalCulture? Find(string? segment) =>
        segment is null ? null : All.FirstOrDefault(c => string.Equals(c.Segment, segment, StringComparison.OrdinalIgnoreCase));

    /// <summary>The culture of the first path segment, or the default.</summary>
    public static PortalCulture FromPath(string? path) => Find(FirstSegment(path)) ?? Default;

    /// <summary>The first segment of a path: "de" for "/de/suche".</summary>
    public static string FirstSegment(string? path)
    {
        var trimmed = (path ?? "").TrimStart('/');
        var end = trimmed.IndexOf('/');
        return end < 0 ? trimmed : trimmed[..end];
    }
}
