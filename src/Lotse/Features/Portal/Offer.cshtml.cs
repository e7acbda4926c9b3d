using System.Globalization;
using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Portal;

/// <summary>The public page of one published offer, also as print view (<c>…/drucken</c>).</summary>
public sealed class OfferModel(LotseDbContext db, IStringLocalizer<SharedResource> text, TermTranslations translations) : PageModel
{
    public const string PrintSegment = "drucken";

    public Offer Offer { get; private set; } = null!;
    /// <summary>The offer's free texts in the page's language where translated, else German with a note.</summary>
    public OfferContent Texts { get; private set; } = null!;
    public string Culture { get; private set; } = PortalCultures.Default.Segment;
    public bool IsPrint { get; private set; }
    public string PageUrl { get; private set; } = "";
    public string JsonLd { get; private set; } = "";
    /// <summary>Term labels in the page's language.</summary>
    public IReadOnlyList<string> Topics { get; private set; } = [];
    public IReadOnlyList<string> Types { get; private set; } = [];
    public IReadOnlyList<string> Audiences { get; private set; } = [];
    public IReadOnlyList<Language> Languages { get; private set; } = [];
    public IReadOnlyList<Location> Locations { get; private set; } = [];
    public IReadOnlyList<Contact> Contacts { get; private set; } = [];
    public IReadOnlyList<OpeningDay> OpeningDays { get; private set; } = [];

    private PortalCulture _culture = PortalCultures.Default;

    public string OfferPath => $"/{Culture}/angebote/{Offer.Id}";

    public async Task<IActionResult> OnGetAsync(string culture, string id, string? view, CancellationToken cancellationToken)
    {
        if (view is not null && view != PrintSegment)
            return NotFound();
        var offer = await PublishedOffers.FindAsync(db, id, cancellationToken);
        if (offer is null)
            return NotFound();

        Offer = offer;
        _culture = PortalCultures.Find(culture)!;
        Culture = _culture.Segment;
        IsPrint = view == PrintSegment;
        var translation = _culture == PortalCultures.Default ? null
            : await db.OfferTranslations.AsNoTracking().FirstOrDefaultAsync(t => t.OfferId == offer.Id && t.Culture == _culture.Segment, cancellationToken);
        Texts = OfferContent.For(offer, translation, _culture);
        PageUrl = $"{Request.Scheme}://{Request.Host}{OfferPath}";
        Topics = Terms(TaxonomyCodes.Topic);
        Types = Terms(TaxonomyCodes.OfferType);
        Audiences = Terms(TaxonomyCodes.Audience);
        Languages = offer.Languages.OrderBy(l => l.SortOrder).ToList();
        Locations = offer.Locations.OrderBy(l => l.Name, StringComparer.Create(CultureInfo.CurrentCulture, true)).ToList();
        // Loaded with consent only; the check here keeps the page safe if the query ever changes.
        Contacts = offer.Contacts.Where(c => c.MayBePublished).OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        OpeningDays = OpeningHours.Group(offer.Schedules, CultureInfo.CurrentCulture);
        JsonLd = OfferJsonLd.Create(offer, PageUrl, text["Offer.CountyWide"]);
        return Page();
    }

    /// <summary>The language's name in the page's language, e.g. "Arabic" on /en/.</summary>
    public string LanguageName(Language language) =>
        translations.Label(TermTranslations.Languages, language.Code, _culture, language.Name);

    public string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    public string Money(decimal amount, string currency) => MoneyFormat.Format(amount, currency, CultureInfo.CurrentCulture);

    private List<string> Terms(string taxonomy) => Offer.Terms
        .Where(t => t.Taxonomy.Code == taxonomy)
        .OrderBy(t => t.SortOrder)
        .Select(t => translations.Label(taxonomy, t.Code, _culture, t.Label))
        .ToList();
}
