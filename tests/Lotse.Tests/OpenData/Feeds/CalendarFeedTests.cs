using System.Net;
using Ical.Net.CalendarComponents;
using Lotse.Features.Directory;
using Lotse.Tests.Infrastructure;
using Lotse.Tests.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace Lotse.Tests.OpenData.Feeds;

/// <summary>iCalendar for dated offers: per offer and as a filterable calendar, in Berlin time with stable UIDs.</summary>
public sealed class CalendarFeedTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);
    private readonly HttpClient _client;

    public CalendarFeedTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private Task<Offer> CourseAsync(string name = "Deutschkurs am Abend", string municipality = PortalTestData.Troisdorf, string topic = "sprache") =>
        PortalTestData.AddOfferAsync(_factory, name, (o, _) =>
        {
            o.StartsOn = new DateOnly(2027, 3, 1);
            o.EndsOn = new DateOnly(2027, 6, 30);
            o.Schedules.Add(new Schedule { Id = Guid.NewGuid(), Weekday = DayOfWeek.Wednesday, OpensAt = new TimeOnly(18, 0), ClosesAt = new TimeOnly(20, 0) });
            o.Locations.Add(new Location { Id = Guid.NewGuid(), Name = "VHS", Street = "Kölner Straße 5", PostalCode = "53840", City = "Troisdorf" });
        }, topics: [topic], municipality: municipality);

    private async Task<Ical.Net.Calendar> CalendarAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {text}");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        return Ical.Net.Calendar.Load(text)!;
    }

    [Fact]
    public async Task A_course_is_a_weekly_series_in_berlin_time_from_its_first_to_its_last_day()
    {
        var course = await CourseAsync();

        var calendar = await CalendarAsync($"/de/angebote/{course.Id}.ics");

        Assert.Equal("Europe/Berlin", Assert.Single(calendar.TimeZones).TzId);
        var series = Assert.Single(calendar.Events);
        Assert.Equal("Deutschkurs am Abend", series.Summary);
        Assert.Equal("Europe/Berlin", series.DtStart!.TzId);
        // The first Wednesday on or after 1 March 2027, 18:00 local (17:00 UTC in winter time).
        Assert.Equal(new DateTime(2027, 3, 3, 18, 0, 0), series.DtStart.Value);
        Assert.Equal(new DateTime(2027, 3, 3, 20, 0, 0), series.DtEnd!.Value);
        var rule = series.RecurrenceRule!;
        Assert.Equal(Ical.Net.FrequencyType.Weekly, rule.Frequency);
        Assert.Equal(DayOfWeek.Wednesday, Assert.Single(rule.ByDay).DayOfWeek);
        Assert.Equal(new DateOnly(2027, 6, 30), DateOnly.FromDateTime(rule.Until!.Value));
        Assert.Contains("Kölner Straße 5", series.Location);
        Assert.Equal($"http://localhost/de/angebote/{course.Id}", series.Url!.ToString());
        Assert.NotNull(series.DtStamp);
        // In summer time the same local hour stays 18:00 (the zone, not a fixed offset).
        var june = series.GetOccurrences(new Ical.Net.DataTypes.CalDateTime(2027, 6, 1)).First();
        Assert.Equal(18, june.Period.StartTime.Value.Hour);
    }

    [Fact]
    public async Task The_uid_stays_the_same_across_requests_and_other_edits()
    {
        var course = await CourseAsync();
        var first = Assert.Single((await CalendarAsync($"/de/angebote/{course.Id}.ics")).Events).Uid;

        await OfferEdit(course.Id, o => o.Description = "Neue Beschreibung.");

        var second = Assert.Single((await CalendarAsync($"/en/angebote/{course.Id}.ics")).Events).Uid;
        Assert.Equal(first, second);
        Assert.Contains(course.Id.ToString(), first);
    }

    [Fact]
    public async Task An_event_without_weekly_times_is_all_day_over_its_days()
    {
        var festival = await PortalTestData.AddOfferAsync(_factory, "Fest der Kulturen", (o, _) =>
        {
            o.StartsOn = new DateOnly(2027, 9, 18);
            o.EndsOn = new DateOnly(2027, 9, 19);
        });

        var day = Assert.Single((await CalendarAsync($"/de/angebote/{festival.Id}.ics")).Events);

        Assert.False(day.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2027, 9, 18), DateOnly.FromDateTime(day.DtStart.Value));
        Assert.Equal(new DateOnly(2027, 9, 20), DateOnly.FromDateTime(day.DtEnd!.Value));
    }

    [Fact]
    public async Task Offers_without_dates_have_no_calendar_entry_and_no_link_on_their_page()
    {
        var course = await CourseAsync();
        var advice = await PortalTestData.AddOfferAsync(_factory, "Migrationsberatung");
        var draft = await TestOffers.AddAsync(_factory, (o, _) => o.StartsOn = new DateOnly(2027, 1, 1), OfferStatus.Draft);

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/de/angebote/{advice.Id}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/de/angebote/{draft.Id}.ics")).StatusCode);
        var withDates = await PortalTestData.GetDocumentAsync(_client, $"/de/angebote/{course.Id}");
        Assert.Equal($"/de/angebote/{course.Id}.ics", withDates.QuerySelector("a[href$='.ics']")?.GetAttribute("href"));
        Assert.Equal("In Kalender übernehmen", withDates.QuerySelector("a[href$='.ics']").Text());
        var english = await PortalTestData.GetDocumentAsync(_client, $"/en/angebote/{course.Id}");
        Assert.Equal("Add to calendar", english.QuerySelector("a[href$='.ics']").Text());
        var without = await PortalTestData.GetDocumentAsync(_client, $"/de/angebote/{advice.Id}");
        Assert.Null(without.QuerySelector("a[href$='.ics']"));
    }

    [Fact]
    public async Task The_calendar_of_all_dates_takes_the_search_s_filters_and_answers_304_when_unchanged()
    {
        var course = await CourseAsync();
        var siegburg = await CourseAsync("Integrationskurs Siegburg", PortalTestData.Siegburg, "bildung");
        await PortalTestData.AddOfferAsync(_factory, "Migrationsberatung");
        await PortalTestData.WaitForSearchAsync(_factory, 3);

        var all = await CalendarAsync("/de/termine.ics");
        Assert.Equal(["Deutschkurs am Abend", "Integrationskurs Siegburg"], all.Events.Select(e => e.Summary).Order());
        var filtered = await CalendarAsync("/de/termine.ics?municipality=05382060");
        Assert.StartsWith(siegburg.Id.ToString(), Assert.Single(filtered.Events).Uid, StringComparison.Ordinal);
        Assert.Equal("Deutschkurs am Abend", Assert.Single((await CalendarAsync("/de/termine.ics?topic=sprache")).Events).Summary);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/de/termine.ics?page=-1")).StatusCode);

        using var first = await _client.GetAsync("/de/termine.ics");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/de/termine.ics");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
        Assert.Contains(course.Id.ToString(), await first.Content.ReadAsStringAsync());
    }

    private async Task OfferEdit(Guid id, Action<Offer> change)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Lotse.Data.LotseDbContext>();
        var offer = await db.Offers.FindAsync(id);
        change(offer!);
        offer!.LastModified = DateTime.UtcNow;
        await db.SaveChangesAsync();
    }
}
