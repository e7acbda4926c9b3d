using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Inventory.Overlap;

/// <summary>Names of municipalities, terms and languages, to show what two sides share in words.</summary>
public sealed record OverlapLabels(
    IReadOnlyDictionary<Guid, string> Municipalities,
    IReadOnlyDictionary<string, string> Topics,
    IReadOnlyDictionary<string, string> Audiences,
    IReadOnlyDictionary<string, string> Languages)
{
    public static string Name(IReadOnlyDictionary<string, string> names, string code) => names.TryGetValue(code, out var name) ? name : code;
}

/// <summary>Reads the work plan and every registered source of existing activities and runs <see cref="OverlapAnalysis"/>.</summary>
public sealed class OverlapService(LotseDbContext db, IEnumerable<IExistingActivitySource> sources)
{
    public async Task<IReadOnlyList<ExistingActivity>> ActivitiesAsync(CancellationToken cancellationToken)
    {
        var all = new List<ExistingActivity>();
        foreach (var source in sources)
            all.AddRange(await source.LoadAsync(cancellationToken));
        return all;
    }

    public async Task<IReadOnlyList<PlannedMeasure>> WorkPlanAsync(CancellationToken cancellationToken)
    {
        var measures = await db.Measures.AsNoTracking()
            .OrderBy(m => m.Title)
            .Select(m => new
            {
                m.Id,
                m.Title,
                Municipalities = m.Municipalities.Select(x => x.Id).ToList(),
                Terms = m.Terms.Select(t => new { t.Code, Taxonomy = t.Taxonomy.Code }).ToList(),
                Languages = m.Languages.Select(l => l.Code).ToList(),
            })
            .ToListAsync(cancellationToken);
        return measures.Select(m => new PlannedMeasure(
                m.Title,
                $"/intern/massnahmen/{m.Id}",
                m.Municipalities,
                m.Terms.Where(t => t.Taxonomy == TaxonomyCodes.Topic).Select(t => t.Code).ToList(),
                m.Terms.Where(t => t.Taxonomy == TaxonomyCodes.Audience).Select(t => t.Code).ToList(),
                m.Languages))
            .ToList();
    }

    public async Task<OverlapLabels> LabelsAsync(CancellationToken cancellationToken)
    {
        var terms = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Taxonomy.Code == TaxonomyCodes.Topic || t.Taxonomy.Code == TaxonomyCodes.Audience)
            .OrderBy(t => t.SortOrder)
            .Select(t => new { t.Code, t.Label, Taxonomy = t.Taxonomy.Code })
            .ToListAsync(cancellationToken);
        return new OverlapLabels(
            await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken),
            terms.Where(t => t.Taxonomy == TaxonomyCodes.Topic).ToDictionary(t => t.Code, t => t.Label),
            terms.Where(t => t.Taxonomy == TaxonomyCodes.Audience).ToDictionary(t => t.Code, t => t.Label),
            await db.Languages.AsNoTracking().OrderBy(l => l.SortOrder).ToDictionaryAsync(l => l.Code, l => l.Name, cancellationToken));
    }
}
