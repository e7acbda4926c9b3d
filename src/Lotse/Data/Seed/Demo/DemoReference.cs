using Lotse.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Data.Seed.Demo;

/// <summary>The reference rows the demo data points to, loaded once in a stable order.</summary>
internal sealed class DemoReference
{
    /// <summary>Fixed "today" of the demo data, so that every run produces identical rows.</summary>
    public static readonly DateOnly ReferenceDate = new(2026, 10, 1);

    public required IReadOnlyList<Municipality> Municipalities { get; init; }
    public required IReadOnlyDictionary<(string Taxonomy, string Code), TaxonomyTerm> Terms { get; init; }
    public required IReadOnlyDictionary<string, Language> Languages { get; init; }

    public static async Task<DemoReference> LoadAsync(LotseDbContext db, CancellationToken cancellationToken)
    {
        var municipalities = await db.Municipalities.OrderBy(m => m.Code).ToListAsync(cancellationToken);
        var terms = await db.TaxonomyTerms.Include(t => t.Taxonomy).ToListAsync(cancellationToken);
        var languages = await db.Languages.ToListAsync(cancellationToken);
        return new DemoReference
        {
            Municipalities = municipalities,
            Terms = terms.ToDictionary(t => (t.Taxonomy.Code, t.Code)),
            Languages = languages.ToDictionary(l => l.Code, StringComparer.Ordinal),
        };
    }

    public Municipality MunicipalityByCode(string code) =>
        Municipalities.FirstOrDefault(m => m.Code == code)
        ?? throw new InvalidOperationException($"Demo data names the unknown municipality {code}.");

    public Municipality MunicipalityByName(string name) =>
        Municipalities.FirstOrDefault(m => m.Name == name)
        ?? throw new InvalidOperationException($"Demo data names the unknown municipality {name}.");

    public TaxonomyTerm Term(string taxonomy, string code) =>
        Terms.TryGetValue((taxonomy, code), out var term)
            ? term
            : throw new InvalidOperationException($"Demo data names the unknown {taxonomy} term {code}.");

    public Language Language(string code) =>
        Languages.TryGetValue(code, out var language)
            ? language
            : throw new InvalidOperationException($"Demo data names the unknown language {code}.");

    /// <summary>The first municipality named in the text, by position; null when none is named.</summary>
    public Municipality? NamedIn(string text) =>
        Municipalities
            .Select(m => (Municipality: m, Position: text.IndexOf(ShortName(m), StringComparison.Ordinal)))
            .Where(x => x.Position >= 0)
            .OrderBy(x => x.Position)
            .Select(x => x.Municipality)
            .FirstOrDefault();

    /// <summary>"Hennef (Sieg)" is written "Hennef" in running text.</summary>
    public static string ShortName(Municipality municipality)
    {
        var bracket = municipality.Name.IndexOf(" (", StringComparison.Ordinal);
        return bracket < 0 ? municipality.Name : municipality.Name[..bracket];
    }
}
