namespace Lotse.Features.Editorial.Contacts;

/// <summary>Today in the county's time zone: a consent given "today" must not count as given in the future.</summary>
public static class ConsentClock
{
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).DateTime);
}
