using Lotse.Features.Editorial.Translations;

namespace Lotse.Tests.Editorial.Translations;

public sealed class TranslationStatusTests
{
    private static readonly OfferTexts German = new(
        "Sprachcafé am Markt", null, "Wir sprechen Deutsch.\n\n- jeden Montag\n- ohne Anmeldung", "kostenlos", "Alle ab 16 Jahren", null);

    private static OfferTranslation TranslationOf(OfferTexts source, bool machine = false) => new()
    {
        Id = Guid.NewGuid(),
        OfferId = Guid.NewGuid(),
        Culture = "en",
        Name = "Language café at the market",
        Description = "We speak German.",
        SourceHash = source.SourceHash(),
        IsMachineTranslated = machine,
    };

    [Fact]
    public void No_translation_is_missing() =>
        Assert.Equal(TranslationStatus.Missing, TranslationStatusRule.Of(null, German.SourceHash()));

    [Fact]
    public void A_translation_of_the_german_text_as_it_is_is_current() =>
        Assert.Equal(TranslationStatus.Current, TranslationStatusRule.Of(TranslationOf(German), German.SourceHash()));

    [Fact]
    public void A_machine_translation_of_the_current_text_is_machine_translated() =>
        Assert.Equal(TranslationStatus.MachineTranslated, TranslationStatusRule.Of(TranslationOf(German, machine: true), German.SourceHash()));

    [Theory]
    [InlineData("description")]
    [InlineData("name")]
    [InlineData("fees")]
    [InlineData("eligibility")]
    [InlineData("application")]
    [InlineData("alternate")]
    [InlineData("inner whitespace")]
    public void Changing_a_translated_german_field_outdates_the_translation(string field)
    {
        var translation = TranslationOf(German);
        var changed = field switch
        {
            "description" => German with { Description = German.Description + " Auch dienstags." },
            "name" => German with { Name = "Sprachcafé im Rathaus" },
            "fees" => German with { FeesDescription = "2 Euro" },
            "eligibility" => German with { EligibilityDescription = "Alle ab 18 Jahren" },
            "application" => German with { ApplicationProcess = "Bitte anmelden" },
            "alternate" => German with { AlternateName = "Café Deutsch" },
            // Inside Markdown, spacing can change the rendering (a list needs its blank line).
            _ => German with { Description = German.Description.Replace("\n\n", "\n", StringComparison.Ordinal) },
        };
        Assert.Equal(TranslationStatus.Outdated, TranslationStatusRule.Of(translation, changed.SourceHash()));
    }

    [Fact]
    public void An_outdated_machine_translation_is_outdated_not_machine_translated()
    {
        var changed = German with { Description = "Neu." };
        Assert.Equal(TranslationStatus.Outdated, TranslationStatusRule.Of(TranslationOf(German, machine: true), changed.SourceHash()));
    }

    // Decided: whitespace at the ends of a field and the kind of line break are not visible to a reader, and the
    // edit form trims them anyway; they do not outdate a translation. Nor does an empty optional field turning null.
    [Fact]
    public void Whitespace_at_the_ends_line_endings_and_empty_versus_missing_do_not_outdate()
    {
        var translation = TranslationOf(German);
        var same = German with
        {
            Name = "  Sprachcafé am Markt\n",
            Description = German.Description.ReplaceLineEndings("\r\n") + "\r\n",
            AlternateName = "   ",
            ApplicationProcess = "",
        };
        Assert.Equal(TranslationStatus.Current, TranslationStatusRule.Of(translation, same.SourceHash()));
    }

    [Fact]
    public void Unicode_composed_and_decomposed_umlauts_are_the_same_text()
    {
        var decomposed = German with { Name = "Sprachcafe\u0301 am Markt" };
        Assert.Equal(German.SourceHash(), decomposed.SourceHash());
    }

    [Fact]
    public void Text_moved_from_one_field_to_the_next_changes_the_hash()
    {
        var a = new OfferTexts("Kurs", "A", "B", null, null, null);
        var b = new OfferTexts("Kurs", null, "AB", null, null, null);
        Assert.NotEqual(a.SourceHash(), b.SourceHash());
    }

    [Fact]
    public void Fields_that_are_not_translated_do_not_count()
    {
        // Phone, e-mail, website, dates are not part of the texts: changing them cannot change the hash.
        var offer = new Lotse.Features.Directory.Offer { Name = German.Name, Description = German.Description, FeesDescription = German.FeesDescription, EligibilityDescription = German.EligibilityDescription, Phone = "02241 1" };
        var before = OfferTexts.Of(offer).SourceHash();
        offer.Phone = "02241 999";
        offer.Email = "neu@test.example";
        offer.Url = "https://neu.example";
        offer.StartsOn = new DateOnly(2026, 1, 1);
        Assert.Equal(before, OfferTexts.Of(offer).SourceHash());
        Assert.Equal(German.SourceHash(), before);
    }
}
