using System.Globalization;
using Lotse.Features.Directory;

namespace Lotse.Features.Portal;

/// <summary>One weekday of an offer's weekly times, e.g. Montag: 09:00–12:00, 14:00–16:00.</summary>
public sealed record OpeningDay(DayOfWeek Weekday, string DayName, IReadOnlyList<OpeningTime> Times);

public sealed record OpeningTime(TimeOnly OpensAt, TimeOnly ClosesAt, string? Note)
{
    public string Opens => OpensAt.ToString("HH:mm", CultureInfo.InvariantCulture);
    public string Closes => ClosesAt.ToString("HH:mm", CultureInfo.InvariantCulture);
}

public static class OpeningHours
{
    /// <summary>Schedules grouped by weekday, the week starting on the culture's first day (Monday in Germany).</summary>
    public static IReadOnlyList<OpeningDay> Group(IEnumerable<Schedule> schedules, CultureInfo culture)
    {
        var firstDay = (int)culture.DateTimeFormat.FirstDayOfWeek;
        return schedules
            .GroupBy(s => s.Weekday)
            .OrderBy(g => ((int)g.Key - firstDay + 7) % 7)
            .Select(g => new OpeningDay(
                g.Key,
                culture.DateTimeFormat.GetDayName(g.Key),
                g.OrderBy(s => s.OpensAt).Select(s => new OpeningTime(s.OpensAt, s.ClosesAt, s.Note)).ToList()))
            .ToList();
    }
}
