using System.Globalization;

namespace Lotse.Features.Editorial.History;

/// <summary>Times of the history as the county reads them: German format, German time zone.</summary>
public static class HistoryFormat
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static readonly TimeZoneInfo Berlin = FindBerlin();

    public static string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Berlin).ToString("dd.MM.yyyy HH:mm:ss", German);

    /// <summary>The start of a German calendar day in UTC.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Berlin);

    private static TimeZoneInfo FindBerlin()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        }
        catch (TimeZoneNotFoundException)
        {
            // A container without time-zone data: UTC is off by one or two hours, but still orders correctly.
            return TimeZoneInfo.Utc;
        }
    }
}
