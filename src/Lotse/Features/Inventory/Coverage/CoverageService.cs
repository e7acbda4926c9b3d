using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Inventory.Overlap;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Inventory.Coverage;

/// <summary>The coverage matrices of the published directory: municipality × topic and municipality × language.</summary>
public sealed class CoverageService(LotseDbContext db, DirectoryActivitySource directory)
{
    public const string ByTopic = "thema";
    public const string ByLanguage = "sprache";
    public static readonly string[] Views = [ByTopic, ByLanguage];

    public async Task<CoverageMatrix> BuildAsync(string view, string countyWideLabel, CancellationToken cancellationToken)
    {
        var offers = await directory.LoadAsync(cancellationToken);
        var municipalities = (await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
            .Select(m => (m.Id, m.Name)).ToList();
        List<(string, string)> columns;
        if (view == ByLanguage)
        {
            // Only languages some offer names: the full list of languages would be mostly empty columns.
            var used = offers.SelectMany(o => o.LanguageCodes).ToHashSet(StringComparer.OrdinalIgnoreCase);
            columns = (await db.Languages.AsNoTracking().OrderBy(l => l.SortOrder).Select(l => new { l.Code, l.Name }).ToListAsync(cancellationToken))
                .Where(l => used.Contains(l.Code)).Select(l => (l.Code, l.Name)).ToList();
        }
        else
        {
            columns = (await db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy.Code == TaxonomyCodes.Topic).OrderBy(t => t.SortOrder)
                .Select(t => new { t.Code, t.Label }).ToListAsync(cancellationToken)).Select(t => (t.Code, t.Label)).ToList();
        }
        return CoverageMatrix.Build(municipalities, columns,
            offers.Select(o => (o.MunicipalityIds, view == ByLanguage ? o.LanguageCodes : o.TopicCodes)), countyWideLabel);
    }
}
