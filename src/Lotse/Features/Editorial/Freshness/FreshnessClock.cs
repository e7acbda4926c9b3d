namespace Lotse.Features.Editorial.Freshness;

/// <summary>Calendar days for the freshness rule, in the clock's local time zone (the county's day, not UTC's).</summary>
public static class FreshnessClock
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public static DateOnly DayOf(DateTime utc, TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), clock.LocalTimeZone));
}
