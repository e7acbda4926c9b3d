using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Search;

/// <summary>A synonym of several words ("deutsch lernen") matches the expression, not its words scattered over the text.</summary>
public sealed class MultiWordSynonymTests : IAsyncLifetime
{
    private readonly LotseAppFactory _factory = new(demoData: false);
    private Guid _learnGerman;
    private Guid _cookingInGerman;

    public async Task InitializeAsync()
    {
        await _factory.WithDbAsync(async db =>
        {
            var club = await db.AddOrganizationAsync("Nachbarschaftsverein Beispiel");
            _learnGerman = (await db.AddOfferAsync(club, "Abendtreff", "Hier können Erwachsene Deutsch lernen, in kleinen Gruppen.",
                ["type:treffpunkt"], ["de"], municipality: null)).Id;
            _cookingInGerman = (await db.AddOfferAsync(club, "Kochgruppe", "Die Gruppe spricht Deutsch. Wir kochen und lernen dabei neue Rezepte kennen.",
                ["type:treffpunkt"], ["de"], municipality: null)).Id;
            await db.SaveChangesAsync();
        });
        await _factory.WaitForIndexAsync();
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Deutschkurs_finds_deutsch_lernen_but_not_the_two_words_far_apart()
    {
        var ids = (await _factory.SearchAsync("Deutschkurs")).Items.Select(i => i.Id).ToList();

        Assert.Contains(_learnGerman, ids);
        Assert.DoesNotContain(_cookingInGerman, ids);
    }
}
