using System.Globalization;

namespace Lotse.Features.Editorial.Suggestions;

/// <summary>Stored UTC times shown in the county's time zone.</summary>
public static class LocalTime
{
    private static readonly TimeZoneInfo Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Berlin", out var zone) ? zone : TimeZoneInfo.Utc;

    public static string Format(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone).ToString("g", CultureInfo.GetCultureInfo("de-DE"));
}
