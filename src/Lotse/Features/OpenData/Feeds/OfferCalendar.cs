using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Lotse.Features.Directory;

namespace Lotse.Features.OpenData.Feeds;

/// <summary>
/// Dated offers (courses, events: a first day) as iCalendar events in German local time (Europe/Berlin, with
/// its VTIMEZONE). An offer with weekly times becomes one weekly series per time from the first to the last
/// day; one without becomes an all-day event over its days. UIDs come from the offer's id and the weekday and
/// time, so a calendar that subscribed updates its events instead of doubling them.
/// </summary>
public static class OfferCalendar
{
    public const string TimeZone = "Europe/Berlin";
    public const string ContentType = "text/calendar; charset=utf-8";
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public static bool HasDates(Offer offer) => offer.StartsOn is not null;

    /// <summary>The calendar of <paramref name="offers"/>; those without dates are left out. Schedules and locations must be loaded.</summary>
    public static string Create(IEnumerable<Offer> offers, string origin, string culture, string name)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Lotse//Integrationsportal//DE" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZone);
        calendar.AddTimeZone(TimeZone);
        foreach (var offer in offers.Where(HasDates))
            calendar.Events.AddRange(Events(offer, origin, culture));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static IEnumerable<CalendarEvent> Events(Offer offer, string origin, string culture)
    {
        var first = offer.StartsOn!.Value;
        var last = offer.EndsOn;
        var url = new Uri($"{origin}/{culture}/angebote/{offer.Id}");
        var location = offer.Locations.OrderBy(l => l.Name, StringComparer.Ordinal).Select(Address).FirstOrDefault();
        var description = Markdig.Markdown.ToPlainText(offer.Description).Trim() + "\n\n" + url;
        var stamp = new CalDateTime(DateTime.SpecifyKind(offer.LastModified, DateTimeKind.Utc));

        CalendarEvent Event(string uid) => new()
        {
            Uid = uid,
            Summary = offer.Name,
            Description = description,
            Location = location,
            Url = url,
            DtStamp = stamp,
            LastModified = stamp,
        };

        if (offer.Schedules.Count == 0)
        {
            var allDay = Event($"{offer.Id}@lotse");
            allDay.DtStart = new CalDateTime(first);
            // All-day ends are exclusive: the day after the last one.
            allDay.DtEnd = new CalDateTime((last ?? first).AddDays(1));
            yield return allDay;
            yield break;
        }

        foreach (var schedule in offer.Schedules.OrderBy(s => s.Weekday).ThenBy(s => s.OpensAt))
        {
            var day = first.AddDays(((int)schedule.Weekday - (int)first.DayOfWeek + 7) % 7);
            if (last is { } end && day > end)
                continue;
            var series = Event($"{offer.Id}-{schedule.Weekday.ToString().ToLowerInvariant()}-{schedule.OpensAt.ToString("HHmm", CultureInfo.InvariantCulture)}@lotse");
            series.DtStart = Local(day, schedule.OpensAt);
            series.DtEnd = Local(day, schedule.ClosesAt);
            var rule = new RecurrencePattern(FrequencyType.Weekly, 1) { ByDay = [new WeekDay(schedule.Weekday)] };
            if (last is { } lastDay)
            {
                // UNTIL is UTC when DTSTART has a time zone (RFC 5545 3.3.10): the end of the last day in Berlin.
                var endOfLastDay = TimeZoneInfo.ConvertTimeToUtc(lastDay.ToDateTime(new TimeOnly(23, 59, 59)), Berlin);
                rule.Until = new CalDateTime(endOfLastDay);
            }
            series.RecurrenceRule = rule;
            if (!string.IsNullOrWhiteSpace(schedule.Note))
                series.Description = schedule.Note + "\n\n" + description;
            yield return series;
        }
    }

    private static CalDateTime Local(DateOnly day, TimeOnly time) =>
        new(day.Year, day.Month, day.Day, time.Hour, time.Minute, 0, TimeZone);

    private static string Address(Location location) =>
        string.Join(", ", new[] { location.Name, location.Street, $"{location.PostalCode} {location.City ?? location.Municipality?.Name}".Trim() }
            .Where(p => !string.IsNullOrWhiteSpace(p)).Distinct());
}
