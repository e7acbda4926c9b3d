using Lotse.Features.Directory;
using Lotse.Features.Editorial;
using Lotse.Features.Editorial.Suggestions;

namespace Lotse.Tests.Editorial.Suggestions;

public sealed class SuggestionRulesTests
{
    [Theory]
    [InlineData("Montag: 09:00–12:00", DayOfWeek.Monday, 9, 0, 12, 0, null)]
    [InlineData("Di 15.00 - 17.30 Uhr", DayOfWeek.Tuesday, 15, 0, 17, 30, null)]
    [InlineData("mittwoch: 9:00-11:00 (nach Vereinbarung)", DayOfWeek.Wednesday, 9, 0, 11, 0, "nach Vereinbarung")]
    public void Opening_hours_in_the_weekday_form_become_schedules(string text, DayOfWeek day, int oh, int om, int ch, int cm, string? note)
    {
        var schedule = Assert.Single(OpeningHoursText.Parse(text)!);
        Assert.Equal(new ScheduleSnapshot(day, new TimeOnly(oh, om), new TimeOnly(ch, cm), note), schedule);
    }

    [Theory]
    [InlineData("Montags vormittags")]
    [InlineData("Montag: 12:00–09:00")]
    [InlineData("Montag: 25:00–26:00")]
    [InlineData("Montag: 09:00–12:00 und nachmittags")]
    [InlineData("Feiertag: 09:00–12:00")]
    public void Other_opening_hours_text_cannot_be_applied(string text) => Assert.Null(OpeningHoursText.Parse(text));

    [Fact]
    public void Formatted_opening_hours_parse_back_to_the_same_schedules()
    {
        var schedules = new List<Schedule>
        {
            new() { Weekday = DayOfWeek.Friday, OpensAt = new TimeOnly(14, 0), ClosesAt = new TimeOnly(16, 0) },
            new() { Weekday = DayOfWeek.Monday, OpensAt = new TimeOnly(9, 0), ClosesAt = new TimeOnly(12, 0), Note = "nur mit Termin" },
            new() { Weekday = DayOfWeek.Monday, OpensAt = new TimeOnly(13, 0), ClosesAt = new TimeOnly(15, 0) },
        };
        var text = OpeningHoursText.Format(schedules);
        Assert.Equal("Montag: 09:00–12:00 (nur mit Termin), 13:00–15:00\nFreitag: 14:00–16:00", text);
        Assert.Equal(3, OpeningHoursText.Parse(text)!.Count);
        Assert.Empty(OpeningHoursText.Parse("")!);
    }

    [Fact]
    public void The_word_diff_marks_changed_words_and_encodes_everything()
    {
        var html = WordDiff.Html("Treffen am Montag um 10 Uhr", "Treffen am Dienstag um 10 Uhr <b>neu</b>").ToString();
        Assert.Contains("<del>Montag</del>", html);
        Assert.Contains("<ins>Dienstag</ins>", html);
        Assert.StartsWith("Treffen am ", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;b&gt;", html);
    }

    [Fact]
    public void A_suggestion_is_decided_once()
    {
        var suggestion = new Suggestion { Comment = "x" };
        suggestion.Accept(["phone"], 2, "redaktion@example.org", new DateTime(2026, 1, 1), "  ");
        Assert.Equal(SuggestionStatus.PartlyAccepted, suggestion.Status);
        Assert.Null(suggestion.DecisionNote);
        Assert.Throws<InvalidOperationException>(() => suggestion.Reject("b", DateTime.UtcNow, null));

        var all = new Suggestion { Comment = "x" };
        all.Accept(["phone", "name"], 2, "a", DateTime.UtcNow, null);
        Assert.Equal(SuggestionStatus.Accepted, all.Status);
        Assert.Throws<ArgumentException>(() => new Suggestion { Comment = "x" }.Accept([], 1, "a", DateTime.UtcNow, null));
    }
}
