using System.Globalization;
using System.Text.RegularExpressions;
using Lotse.Data;
using Lotse.Features.Portal;
using Lotse.Features.Shared;
using Lotse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Lotse.Tests.Portal.Languages;

/// <summary>Every portal language has every UI text and every term label: no German fallback by accident.</summary>
public sealed partial class TranslationCompletenessTests : IDisposable
{
    private readonly LotseAppFactory _factory = new(demoData: false);

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string> OtherLanguages() => [.. PortalCultures.All.Skip(1).Select(c => c.Segment)];

    /// <summary>
    /// The texts of pages served under a culture segment: every neutral resource of Features.Portal.* and
    /// Features.Shared.* (and the feeds' links and titles), found in the app's assembly, so a new public resource without translations fails here.
    /// </summary>
    public static IReadOnlyList<string> PublicResources() =>
        [.. typeof(SharedResource).Assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^ResourceSuffix.Length])
            .Where(n => n.StartsWith("Features.Portal.", StringComparison.Ordinal) || n.StartsWith("Features.Shared.", StringComparison.Ordinal)
                || n.StartsWith("Features.OpenData.Feeds.", StringComparison.Ordinal))
            .Where(n => !GermanOnly.Contains(n))
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Pages that are German by nature and say so on every culture (content marked lang="de"): Leichte Sprache is
    /// a form of German, and the accessibility statement and its feedback form follow BITV NRW; the statement
    /// lists their missing translations as a known gap.
    /// </summary>
    private static readonly HashSet<string> GermanOnly = ["Features.Portal.Accessibility.AccessibilityResource"];

    public static TheoryData<string, string> PublicResourcesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var resource in PublicResources())
            foreach (var segment in PortalCultures.All.Skip(1).Select(c => c.Segment))
                data.Add(resource, segment);
        return data;
    }

    private const string ResourcePrefix = "Lotse.Resources.";
    private const string ResourceSuffix = ".resources";

    [Fact]
    public void The_public_resources_found_include_the_shared_texts_the_suggestion_form_and_the_confirmation_page()
    {
        var found = PublicResources();
        Assert.Contains("Features.Shared.SharedResource", found);
        Assert.Contains("Features.Portal.Suggestions.SuggestionsResource", found);
        Assert.Contains("Features.Portal.Confirmation.ConfirmationResource", found);
        Assert.Contains("Features.OpenData.Feeds.FeedsResource", found);
    }

    [Theory]
    [MemberData(nameof(PublicResourcesAndLanguages))]
    public void Every_German_ui_text_has_a_translation_with_the_same_placeholders(string resource, string segment)
    {
        var type = typeof(SharedResource).Assembly.GetType("Lotse." + resource);
        Assert.True(type is not null, $"{resource}: no class Lotse.{resource} for the resource file");
        var localizer = _factory.Services.GetRequiredService<IStringLocalizerFactory>().Create(type);
        var german = Strings(localizer, CultureInfo.InvariantCulture);
        var translated = Strings(localizer, CultureInfo.GetCultureInfo(segment));

        Assert.NotEmpty(german);
        var missing = german.Keys.Where(k => !translated.TryGetValue(k, out var text) || string.IsNullOrWhiteSpace(text)).ToList();
        Assert.True(missing.Count == 0, $"{resource}.{segment}: missing or empty: {string.Join(", ", missing)}");
        var extra = translated.Keys.Except(german.Keys).ToList();
        Assert.True(extra.Count == 0, $"{resource}.{segment}: keys the German file does not have: {string.Join(", ", extra)}");
        var mismatched = german.Keys.Where(k => !Placeholders(german[k]).SequenceEqual(Placeholders(translated[k]))).ToList();
        Assert.True(mismatched.Count == 0, $"{resource}.{segment}: placeholders differ from German: {string.Join(", ", mismatched)}");
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public async Task Every_seeded_term_and_language_has_a_label_in_each_portal_language(string segment)
    {
        var translations = _factory.Services.GetRequiredService<TermTranslations>();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var terms = await db.TaxonomyTerms.Select(t => new { Taxonomy = t.Taxonomy.Code, t.Code, t.Label }).ToListAsync();
        var languages = await db.Languages.Select(l => new { l.Code, l.Name }).ToListAsync();
        var culture = PortalCultures.Find(segment)!;

        Assert.Equal(30, terms.Count);
        var untranslated = terms.Where(t => translations.Label(t.Taxonomy, t.Code, culture, "") is "")
            .Select(t => $"{t.Taxonomy}/{t.Code}")
            .Concat(languages.Where(l => translations.Label(TermTranslations.Languages, l.Code, culture, "") is "").Select(l => $"language/{l.Code}"))
            .ToList();
        Assert.True(untranslated.Count == 0, $"{segment}: no label for {string.Join(", ", untranslated)}");
    }

    [Fact]
    public async Task Translation_rows_name_only_existing_terms_and_portal_languages()
    {
        var translations = _factory.Services.GetRequiredService<TermTranslations>();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LotseDbContext>();
        var known = (await db.TaxonomyTerms.Select(t => new { Taxonomy = t.Taxonomy.Code, t.Code }).ToListAsync())
            .Select(t => (t.Taxonomy, t.Code))
            .Concat((await db.Languages.Select(l => l.Code).ToListAsync()).Select(c => (TermTranslations.Languages, c)))
            .ToHashSet();

        var stale = translations.Keys
            .Where(k => !known.Contains((k.Taxonomy, k.Code)) || PortalCultures.Find(k.Language) is null || k.Language == PortalCultures.Default.Segment)
            .ToList();
        Assert.Empty(stale);
    }

    /// <summary>The texts of one resource file: the neutral (German) one or its {language}.resx.</summary>
    private static Dictionary<string, string> Strings(IStringLocalizer localizer, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            // Without parent cultures: a key found only through the German fallback counts as missing.
            return localizer.GetAllStrings(includeParentCultures: false)
                .ToDictionary(s => s.Name, s => s.Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static List<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex PlaceholderPattern();
}
