using System.Globalization;

namespace Lotse.Features.Editorial.Offers;

/// <summary>Stored UTC times as the county's editors read them (German time, German format).</summary>
public static class BackOfficeTime
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static string Format(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Berlin).ToString("dd.MM.yyyy HH:mm", CultureInfo.GetCultureInfo("de-DE"));
}
