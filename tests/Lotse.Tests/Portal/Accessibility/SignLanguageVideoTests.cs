using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Portal.Accessibility;

/// <summary>The DGS place on the Leichte Sprache page: a placeholder with the full text until a local video is configured.</summary>
public sealed class SignLanguageVideoTests
{
    private static async Task<AngleSharp.Dom.IElement> SignSectionAsync(Dictionary<string, string?> settings)
    {
        using var factory = new LotseAppFactory(demoData: false);
        foreach (var (key, value) in settings)
            factory.Settings[key] = value;
        var page = await PortalTestData.GetDocumentAsync(factory.CreateClient(), "/de/leichte-sprache");
        return page.GetElementById("gebaerdensprache")!;
    }

    [Fact]
    public async Task Without_a_video_the_place_says_it_follows_and_gives_the_text()
    {
        var section = await SignSectionAsync([]);

        Assert.Equal("Gebärdensprache (DGS)", section.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("Das Video folgt.", section.TextContent);
        Assert.Contains("Das ist das Integrations-Portal.", section.TextContent);
        Assert.Null(section.QuerySelector("video, iframe"));
    }

    [Fact]
    public async Task A_configured_local_video_is_shown_with_its_captions_and_the_text()
    {
        var section = await SignSectionAsync(new()
        {
            ["Lotse:Accessibility:DgsVideoPath"] = "/media/dgs.mp4",
            ["Lotse:Accessibility:DgsCaptionsPath"] = "/media/dgs.vtt",
        });

        var video = section.QuerySelector("video")!;
        Assert.Equal("/media/dgs.mp4", video.GetAttribute("src"));
        Assert.Null(video.GetAttribute("autoplay"));
        var track = video.QuerySelector("track")!;
        Assert.Equal("captions", track.GetAttribute("kind"));
        Assert.Equal("/media/dgs.vtt", track.GetAttribute("src"));
        Assert.DoesNotContain("Das Video folgt.", section.TextContent);
        Assert.Contains("Das ist das Integrations-Portal.", section.TextContent);
    }

    [Theory]
    [InlineData("https://video.example.com/dgs.mp4")]
    [InlineData("//video.example.com/dgs.mp4")]
    public async Task A_video_on_another_host_is_not_embedded(string path)
    {
        var section = await SignSectionAsync(new() { ["Lotse:Accessibility:DgsVideoPath"] = path });

        Assert.Null(section.QuerySelector("video"));
        Assert.Contains("Das Video folgt.", section.TextContent);
    }
}
