using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Inventory.Overlap;

/// <summary>The published offers of the directory as existing activities (drafts and archived offers do not exist for the public).</summary>
public sealed class DirectoryActivitySource(LotseDbContext db) : IExistingActivitySource
{
    public const string SourceName = "Verzeichnis";

    public async Task<IReadOnlyList<ExistingActivity>> LoadAsync(CancellationToken cancellationToken)
    {
        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.Status == OfferStatus.Published)
            .OrderBy(o => o.Name)
            .Select(o => new
            {
                o.Id,
                o.Name,
                o.MunicipalityId,
                Terms = o.Terms.Select(t => new { t.Code, Taxonomy = t.Taxonomy.Code }).ToList(),
                Languages = o.Languages.Select(l => l.Code).ToList(),
            })
            .ToListAsync(cancellationToken);
        return offers.Select(o => new ExistingActivity(
                SourceName,
                o.Name,
                $"/intern/angebote/{o.Id}",
                o.MunicipalityId is { } municipality ? [municipality] : [],
                o.Terms.Where(t => t.Taxonomy == TaxonomyCodes.Topic).Select(t => t.Code).ToList(),
                o.Terms.Where(t => t.Taxonomy == TaxonomyCodes.Audience).Select(t => t.Code).ToList(),
                o.Languages))
            .ToList();
    }
}
