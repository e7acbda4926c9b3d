using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lotse.Features.Directory;

namespace Lotse.Features.Editorial.Suggestions;

/// <summary>
/// Weekly opening hours as text, one weekday per line ("Montag: 09:00–12:00 (nach Vereinbarung), 14:00–16:00"):
/// how the suggestion form shows them, and how a proposal in that form becomes schedules again.
/// </summary>
public static partial class OpeningHoursText
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static string Format(IEnumerable<Schedule> schedules) =>
        Format(schedules.Select(s => new ScheduleSnapshot(s.Weekday, s.OpensAt, s.ClosesAt, s.Note)));

    public static string Format(IEnumerable<ScheduleSnapshot> schedules)
    {
        var lines = schedules
            .GroupBy(s => s.Weekday)
            .OrderBy(g => Array.IndexOf(Week, g.Key))
            .Select(g => German.DateTimeFormat.GetDayName(g.Key) + ": " + string.Join(", ", g.OrderBy(s => s.OpensAt).Select(Time)));
        return string.Join("\n", lines);
    }

    /// <summary>The schedules the text describes; null when a line is not of the form above. Empty text: no times.</summary>
    public static IReadOnlyList<ScheduleSnapshot>? Parse(string text)
    {
        var result = new List<ScheduleSnapshot>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            var match = LinePattern().Match(line);
            if (!match.Success || DayOf(match.Groups["day"].Value) is not { } day)
                return null;
            var rest = match.Groups["times"].Value;
            var position = 0;
            foreach (Match time in TimePattern().Matches(rest))
            {
                if (!IsSeparator(rest[position..time.Index]))
                    return null;
                if (!TryTime(time.Groups["oh"].Value, time.Groups["om"].Value, out var opens) ||
                    !TryTime(time.Groups["ch"].Value, time.Groups["cm"].Value, out var closes) || closes <= opens)
                    return null;
                var note = time.Groups["note"].Success ? time.Groups["note"].Value.Trim() : null;
                result.Add(new ScheduleSnapshot(day, opens, closes, string.IsNullOrEmpty(note) ? null : note));
                position = time.Index + time.Length;
            }
            if (position == 0 || !IsSeparator(rest[position..]))
                return null;
        }
        return result.OrderBy(s => s.Weekday).ThenBy(s => s.OpensAt).ToList();
    }

    /// <summary>Same text apart from spacing and line endings.</summary>
    public static bool SameText(string? a, string? b) => Normalize(a) == Normalize(b);

    public static string Normalize(string? text)
    {
        var builder = new StringBuilder();
        foreach (var line in (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var trimmed = Whitespace().Replace(line.Trim(), " ");
            if (trimmed.Length == 0)
                continue;
            if (builder.Length > 0)
                builder.Append('\n');
            builder.Append(trimmed);
        }
        return builder.ToString();
    }

    private static string Time(ScheduleSnapshot s) =>
        s.OpensAt.ToString("HH:mm", CultureInfo.InvariantCulture) + "–" + s.ClosesAt.ToString("HH:mm", CultureInfo.InvariantCulture) +
        (string.IsNullOrWhiteSpace(s.Note) ? "" : $" ({s.Note})");

    private static DayOfWeek? DayOf(string name)
    {
        var key = name.Trim().TrimEnd('.');
        foreach (var day in Week)
        {
            var full = German.DateTimeFormat.GetDayName(day);
            var abbreviation = German.DateTimeFormat.GetAbbreviatedDayName(day).TrimEnd('.');
            if (string.Equals(key, full, StringComparison.OrdinalIgnoreCase) || string.Equals(key, abbreviation, StringComparison.OrdinalIgnoreCase))
                return day;
        }
        return null;
    }

    private static bool TryTime(string hours, string minutes, out TimeOnly time)
    {
        time = default;
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var m = int.Parse(minutes, CultureInfo.InvariantCulture);
        if (h > 23 || m > 59)
            return false;
        time = new TimeOnly(h, m);
        return true;
    }

    private static bool IsSeparator(string between) => between.Trim().Trim(',', ';').Trim().Length == 0 && between.Count(c => c is ',' or ';') <= 1;

    [GeneratedRegex(@"^(?<day>[\p{L}]+\.?)\s*:?\s*(?<times>.*)$")]
    private static partial Regex LinePattern();

    [GeneratedRegex(@"(?<oh>\d{1,2})[:.](?<om>\d{2})\s*(?:Uhr\s*)?[-–]\s*(?<ch>\d{1,2})[:.](?<cm>\d{2})(?:\s*Uhr)?(?:\s*\((?<note>[^)]*)\))?")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
