using Lotse.Features.Shared;

namespace Lotse.Tests.Portal;

public sealed class MarkdownRendererTests
{
    private static string Render(string markdown) => new MarkdownRenderer().Render(markdown).ToString()!;

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("![bild](javascript:alert(1))")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    public void Hostile_markdown_is_rendered_inert(string markdown)
    {
        var html = Render(markdown);
        var document = PortalTestData.Parse($"<div>{html}</div>");

        Assert.Empty(document.QuerySelectorAll("script, img, iframe, [onerror], [style]"));
        Assert.DoesNotContain(document.QuerySelectorAll("a"), a =>
            a.GetAttribute("href") is { } href && !href.StartsWith("https://", StringComparison.Ordinal) && !href.StartsWith("http://", StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_start_below_the_page_sections_and_skip_no_level()
    {
        var document = PortalTestData.Parse($"<div>{Render("# Eins\n\n## Zwei\n\n###### Sechs\n\n# Wieder eins\n\n### Drei")}</div>");

        Assert.Equal(["H3", "H4", "H5", "H3", "H4"], document.QuerySelectorAll("h1,h2,h3,h4,h5,h6").Select(h => h.TagName));
    }

    [Fact]
    public void Links_open_without_referrer()
    {
        var document = PortalTestData.Parse(Render("[Info](https://info.example)"));

        Assert.Equal("nofollow noopener noreferrer", document.QuerySelector("a")!.GetAttribute("rel"));
    }
}
