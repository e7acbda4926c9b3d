using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Portal;

/// <summary>The demo data's translations show each status on the portal (Data/Seed/Demo/beispiel-uebersetzungen.csv).</summary>
public sealed class DemoTranslationsTests(DemoAppFixture app) : IClassFixture<DemoAppFixture>
{
    // "Fahrradkurs für Frauen" in Troisdorf: en and tr current, ar machine-translated, uk outdated.
    private const string CyclingCourse = "/angebote/75a6bf69-a993-5682-a789-e13df4f63890";

    [Theory]
    [InlineData("en", "Cycling course for women", null)]
    [InlineData("tr", "Kadınlar için bisiklet kursu", null)]
    [InlineData("ar", "دورة ركوب الدراجات للنساء", "MachineTranslated")]
    [InlineData("uk", "Fahrradkurs für Frauen", "Outdated")]
    [InlineData("ru", "Fahrradkurs für Frauen", "Missing")]
    public async Task The_demo_cycling_course_shows_each_translation_status(string culture, string heading, string? note)
    {
        var page = await PortalTestData.GetDocumentAsync(app.Client, $"/{culture}{CyclingCourse}");

        Assert.Equal(heading, page.QuerySelector("h1").Text());
        Assert.Equal(note, page.QuerySelector("#sprachhinweis")?.GetAttribute("data-status"));
    }
}
