using Lotse.Features.Search;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Search;

/// <summary>
/// A compound in the query matches through its parts only where those parts form one word of the
/// offer, and only when known parts make up the whole query word.
/// </summary>
public sealed class CompoundPartsTests : IAsyncLifetime
{
    private readonly LotseAppFactory _factory = new(demoData: false);
    private Guid _languageCourse;
    private Guid _languageSupportInCourseRoom;
    private Guid _musicLessons;

    public async Task InitializeAsync()
    {
        await _factory.WithDbAsync(async db =>
        {
            var club = await db.AddOrganizationAsync("Nachbarschaftsverein Beispiel");
            _languageCourse = (await db.AddOfferAsync(club, "Sprachkursangebot am Vormittag", "Lernen in kleinen Gruppen.",
                ["type:projekt"], ["de"], municipality: null)).Id;
            _languageSupportInCourseRoom = (await db.AddOfferAsync(club, "Sprachförderung für Kinder", "Wir treffen uns im Kursraum der Schule.",
                ["type:projekt"], ["de"], municipality: null)).Id;
            _musicLessons = (await db.AddOfferAsync(club, "Musikunterricht", "Gitarre und Trommeln für alle.",
                ["type:projekt"], ["de"], municipality: null)).Id;
            await db.SaveChangesAsync();
        });
        await _factory.WaitForIndexAsync();
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("Sprachkurs")]
    [InlineData("Sprachkurse")]
    public async Task A_compound_finds_a_compound_of_the_same_parts_but_not_its_parts_in_different_words(string text)
    {
        var ids = (await _factory.SearchAsync(text)).Items.Select(i => i.Id).ToList();

        Assert.Contains(_languageCourse, ids);
        Assert.DoesNotContain(_languageSupportInCourseRoom, ids);
    }

    [Fact]
    public async Task A_nonsense_compound_with_one_known_part_finds_nothing()
    {
        Assert.Contains(_musicLessons, (await _factory.SearchAsync("Unterricht")).Items.Select(i => i.Id));

        var result = await _factory.SearchAsync("Xylophonunterricht");

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Items);
    }
}
