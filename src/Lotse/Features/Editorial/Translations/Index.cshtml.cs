using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Translations;

/// <summary>An offer's translations: one row per portal language with its computed status.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(LotseDbContext db) : PageModel
{
    public sealed record Row(PortalCulture Culture, TranslationStatus Status, DateTime? UpdatedAt, string? TranslatedBy);

    public Guid OfferId { get; private set; }
    public string OfferName { get; private set; } = "";
    public bool ReadOnly { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Offers.AnyAsync(o => o.Id == id, cancellationToken))
            return NotFound();
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var offer = await scope.Readable(db.Offers).AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (offer is null)
            return Forbid();
        OfferId = offer.Id;
        OfferName = offer.Name;
        ReadOnly = !scope.MayEdit || !scope.CanEdit(offer);
        var sourceHash = OfferTexts.Of(offer).SourceHash();
        var translations = await db.OfferTranslations.AsNoTracking().Where(t => t.OfferId == id)
            .ToDictionaryAsync(t => t.Culture, cancellationToken);
        Rows = TranslationCultures.All
            .Select(c => translations.GetValueOrDefault(c.Segment) is { } t
                ? new Row(c, TranslationStatusRule.Of(t, sourceHash), t.UpdatedAt, t.TranslatedBy)
                : new Row(c, TranslationStatus.Missing, null, null))
            .ToList();
        return Page();
    }
}
