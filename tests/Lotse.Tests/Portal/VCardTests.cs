using System.Text;
using Lotse.Features.Directory;
using Lotse.Features.Portal;
using Lotse.Tests.Infrastructure;

namespace Lotse.Tests.Portal;

public sealed class VCardTests
{
    [Fact]
    public async Task Offer_vcard_is_utf8_text_vcard_with_organisation_address_phone_email_and_url()
    {
        using var factory = new LotseAppFactory(demoData: false);
        var client = factory.CreateClient();
        var offer = await PortalTestData.AddOfferAsync(factory, "Migrationsberatung für Erwachsene", (o, _) =>
        {
            o.Phone = "+49 (0)2241 555-0123";
            o.Email = "mbe@traeger.example";
            o.Url = "https://mbe.example/";
            o.Locations.Add(new Location { Id = Guid.NewGuid(), Name = "Beratungsstelle", Street = "Kölner Straße 5; Hinterhaus", PostalCode = "53840", City = "Troisdorf" });
        });

        using var response = await client.GetAsync($"/de/angebote/{offer.Id}/vcard");

        response.EnsureSuccessStatusCode();
        Assert.Equal("text/vcard", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var card = Unfold(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
        var lines = card.Split("\r\n");
        Assert.Equal("BEGIN:VCARD", lines[0]);
        Assert.Equal("VERSION:4.0", lines[1]);
        Assert.Contains("FN:Migrationsberatung für Erwachsene", lines);
        Assert.Contains("ORG:Träger von Migrationsberatung für Erwachsene", lines);
        Assert.Contains(@"ADR;TYPE=work:;;Kölner Straße 5\; Hinterhaus;Troisdorf;;53840;Deutschland", lines);
        Assert.Contains("TEL;VALUE=uri;TYPE=work,voice:tel:+4922415550123", lines);
        Assert.Contains("EMAIL;TYPE=work:mbe@traeger.example", lines);
        Assert.Contains("URL:https://mbe.example/", lines);
        Assert.Equal("END:VCARD", lines[^2]);
        Assert.Equal("", lines[^1]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b;c\\d", @"a\,b\;c\\d")]
    [InlineData("line1\r\nline2\nline3", @"line1\nline2\nline3")]
    [InlineData("bell\u0007gone", "bellgone")]
    public void Text_values_are_escaped_as_rfc_6350_requires(string value, string expected) =>
        Assert.Equal(expected, VCardBuilder.Escape(value));

    [Fact]
    public void Long_lines_are_folded_at_75_octets_without_splitting_characters()
    {
        var name = string.Concat(Enumerable.Repeat("Überörtliche Beratung ", 10));

        var card = new VCardBuilder().FormattedName(name).Build();

        foreach (var line in card.Split("\r\n"))
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line too long: {line}");
        Assert.Contains("FN:" + VCardBuilder.Escape(name), Unfold(card).Split("\r\n"));
        Assert.DoesNotContain('\uFFFD', card);
    }

    private static string Unfold(string card) => card.Replace("\r\n ", "", StringComparison.Ordinal);
}
