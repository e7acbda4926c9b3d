using System.Globalization;
using Lotse.Data;
using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Search.Facets;

public sealed record TermEntry(string Taxonomy, string Code, string Label, int SortOrder);
public sealed record LanguageEntry(string Code, string Name, int SortOrder);
public sealed record MunicipalityEntry(string Code, string Name, double Latitude, double Longitude);

/// <summary>
/// A snapshot of the reference data the search needs (labels, sort orders, coordinates), read
/// from the database. Replaced as a whole when the change log reports a change to it.
/// </summary>
public sealed class CatalogSnapshot
{
    public static readonly CompareInfo German = CultureInfo.GetCultureInfo("de-DE").CompareInfo;
    public static readonly StringComparer GermanComparer = StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true);

    public CatalogSnapshot(int version, IReadOnlyDictionary<Guid, TermEntry> terms,
        IReadOnlyDictionary<Guid, LanguageEntry> languages, IReadOnlyDictionary<Guid, MunicipalityEntry> municipalities)
    {
        Version = version;
        Terms = terms;
        Languages = languages;
        Municipalities = municipalities;
        MunicipalitiesByCode = municipalities.Values.DistinctBy(m => m.Code).ToDictionary(m => m.Code, StringComparer.Ordinal);

        FacetCatalog Taxonomy(string facet) => new(facet, terms.Values
            .Where(t => t.Taxonomy == facet)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Code, StringComparer.Ordinal)
            .Select(t => (t.Code, t.Label)).ToList());

        var facets = new FacetCatalog[FacetIndex.Count];
        facets[FacetIndex.Topic] = Taxonomy(FacetNames.Topic);
        facets[FacetIndex.Type] = Taxonomy(FacetNames.Type);
        facets[FacetIndex.Audience] = Taxonomy(FacetNames.Audience);
        facets[FacetIndex.Language] = new FacetCatalog(FacetNames.Language, languages.Values
            .OrderBy(l => l.Name, GermanComparer).Select(l => (l.Code, l.Name)).ToList());
        facets[FacetIndex.Municipality] = new FacetCatalog(FacetNames.Municipality, municipalities.Values
            .OrderBy(m => m.Name, GermanComparer).Select(m => (m.Code, m.Name)).ToList());
        Facets = facets;
    }

    public static CatalogSnapshot Empty { get; } = new(0, new Dictionary<Guid, TermEntry>(),
        new Dictionary<Guid, LanguageEntry>(), new Dictionary<Guid, MunicipalityEntry>());

    /// <summary>Changes whenever the snapshot is reloaded; caches of facet ordinals are keyed by it.</summary>
    public int Version { get; }
    public IReadOnlyDictionary<Guid, TermEntry> Terms { get; }
    public IReadOnlyDictionary<Guid, LanguageEntry> Languages { get; }
    public IReadOnlyDictionary<Guid, MunicipalityEntry> Municipalities { get; }
    public IReadOnlyDictionary<string, MunicipalityEntry> MunicipalitiesByCode { get; }

    /// <summary>Indexed by <see cref="FacetIndex"/>.</summary>
    public IReadOnlyList<FacetCatalog> Facets { get; }
}

/// <summary>Holds the current <see cref="CatalogSnapshot"/> for all searches of the process.</summary>
public sealed class SearchCatalog
{
    private CatalogSnapshot _current = CatalogSnapshot.Empty;
    private int _version;

    public CatalogSnapshot Current => Volatile.Read(ref _current);

    public async Task ReloadAsync(LotseDbContext db, CancellationToken cancellationToken)
    {
        var terms = await db.TaxonomyTerms.AsNoTracking()
            .Select(t => new { t.Id, Taxonomy = t.Taxonomy.Code, t.Code, t.Label, t.SortOrder })
            .ToListAsync(cancellationToken);
        var languages = await db.Languages.AsNoTracking()
            .Select(l => new { l.Id, l.Code, l.Name, l.SortOrder })
            .ToListAsync(cancellationToken);
        var municipalities = await db.Municipalities.AsNoTracking()
            .Select(m => new { m.Id, m.Code, m.Name, m.Latitude, m.Longitude })
            .ToListAsync(cancellationToken);
        var snapshot = new CatalogSnapshot(
            Interlocked.Increment(ref _version),
            terms.ToDictionary(t => t.Id, t => new TermEntry(t.Taxonomy, t.Code, t.Label, t.SortOrder)),
            languages.ToDictionary(l => l.Id, l => new LanguageEntry(l.Code, l.Name, l.SortOrder)),
            municipalities.ToDictionary(m => m.Id, m => new MunicipalityEntry(m.Code, m.Name, m.Latitude, m.Longitude)));
        Volatile.Write(ref _current, snapshot);
    }

    /// <summary>Change-log entity types that alter the catalog.</summary>
    public static bool IsCatalogChange(string entityType) =>
        entityType is nameof(TaxonomyTerm) or nameof(Language) or nameof(Municipality);
}
