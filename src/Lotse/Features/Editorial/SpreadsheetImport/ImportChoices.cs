using Lotse.Data;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.Offers;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.SpreadsheetImport;

/// <summary>An existing place the caller may link, with the address the import compares.</summary>
public sealed record ImportLocation(Guid Id, string? Street, string? PostalCode);

/// <summary>
/// What a spreadsheet may name for one caller: the offer form's own choices (so the import allows exactly what
/// the form allows) plus every organization and municipality, to tell "unknown" from "outside your scope".
/// </summary>
public sealed class ImportChoices
{
    public required OfferFormOptions Options { get; init; }
    public required IReadOnlySet<string> AllOrganizationNames { get; init; }
    public required IReadOnlyList<Municipality> AllMunicipalities { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<(Guid Id, string Code, string Label)>> Terms { get; init; }
    public required IReadOnlyList<Language> Languages { get; init; }
    public required IReadOnlyList<ImportLocation> Locations { get; init; }

    public IReadOnlyList<string> TermLabels(string taxonomy) =>
        Terms.TryGetValue(taxonomy, out var terms) ? terms.Select(t => t.Label).ToList() : [];

    public static async Task<ImportChoices> LoadAsync(LotseDbContext db, EditorialScope scope, CancellationToken cancellationToken)
    {
        var options = await OfferFormOptions.LoadAsync(db, scope, null, null, cancellationToken);
        var organizationNames = await db.Organizations.Select(o => o.Name).ToListAsync(cancellationToken);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name).ToListAsync(cancellationToken);
        var terms = await db.TaxonomyTerms.OrderBy(t => t.SortOrder).ThenBy(t => t.Label)
            .Select(t => new { Taxonomy = t.Taxonomy.Code, t.Id, t.Code, t.Label }).ToListAsync(cancellationToken);
        var languages = await db.Languages.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Name).ToListAsync(cancellationToken);
        var locationIds = options.Locations.Select(l => l.Id).ToList();
        var locations = await db.Locations.Where(l => locationIds.Contains(l.Id))
            .Select(l => new ImportLocation(l.Id, l.Street, l.PostalCode)).ToListAsync(cancellationToken);
        return new ImportChoices
        {
            Options = options,
            AllOrganizationNames = organizationNames.Select(Key).ToHashSet(),
            AllMunicipalities = municipalities,
            Terms = terms.GroupBy(t => t.Taxonomy).ToDictionary(g => g.Key,
                g => (IReadOnlyList<(Guid, string, string)>)g.Select(t => (t.Id, t.Code, t.Label)).ToList()),
            Languages = languages,
            Locations = locations,
        };
    }

    /// <summary>How names are compared: trimmed, case-insensitive.</summary>
    public static string Key(string? name) => (name ?? "").Trim().ToLowerInvariant();
}
