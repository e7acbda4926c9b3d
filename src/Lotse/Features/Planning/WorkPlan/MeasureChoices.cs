using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Planning.WorkPlan;

/// <summary>What the measure form offers to choose from: terms, municipalities, languages, organizations.</summary>
public sealed record MeasureChoices(
    IReadOnlyList<SelectOption> Topics,
    IReadOnlyList<SelectOption> Audiences,
    IReadOnlyList<SelectOption> Municipalities,
    IReadOnlyList<SelectOption> Languages,
    IReadOnlyList<SelectOption> Organizations)
{
    public static async Task<MeasureChoices> LoadAsync(LotseDbContext db, CancellationToken cancellationToken)
    {
        var terms = await db.TaxonomyTerms.AsNoTracking()
            .Where(t => t.Taxonomy.Code == TaxonomyCodes.Topic || t.Taxonomy.Code == TaxonomyCodes.Audience)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Label)
            .Select(t => new { t.Id, t.Label, Taxonomy = t.Taxonomy.Code })
            .ToListAsync(cancellationToken);
        // Ids are turned into text here, not in SQL: SQLite would write them in upper case.
        var municipalities = (await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
            .Select(m => new SelectOption(m.Id.ToString(), m.Name)).ToList();
        var languages = (await db.Languages.AsNoTracking().OrderBy(l => l.SortOrder).Select(l => new { l.Id, l.Name }).ToListAsync(cancellationToken))
            .Select(l => new SelectOption(l.Id.ToString(), l.Name)).ToList();
        var organizations = (await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .Select(o => new SelectOption(o.Id.ToString(), o.Name)).ToList();
        return new(
            terms.Where(t => t.Taxonomy == TaxonomyCodes.Topic).Select(t => new SelectOption(t.Id.ToString(), t.Label)).ToList(),
            terms.Where(t => t.Taxonomy == TaxonomyCodes.Audience).Select(t => new SelectOption(t.Id.ToString(), t.Label)).ToList(),
            municipalities, languages, organizations);
    }

    public static bool Contains(IReadOnlyList<SelectOption> options, Guid id) =>
        options.Any(o => Guid.TryParse(o.Value, out var value) && value == id);
}
