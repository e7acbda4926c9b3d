using Lotse.Data;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>The HSDS ids of the entries Lotse already holds, per HSDS table, mapped to their Lotse ids.</summary>
public sealed class ExistingIds
{
    private readonly Dictionary<string, Dictionary<string, Guid>> _byTable = new(StringComparer.Ordinal);

    public bool Contains(string table, string hsdsId) => Find(table, hsdsId) is not null;

    public Guid? Find(string table, string? hsdsId) =>
        hsdsId is not null && _byTable.TryGetValue(table, out var ids) && ids.TryGetValue(hsdsId, out var id) ? id : null;

    public static async Task<ExistingIds> LoadAsync(LotseDbContext db, CancellationToken cancellationToken)
    {
        var result = new ExistingIds();
        result.AddAll("organization", await db.Organizations.Select(o => new { o.Id, o.HsdsId }).ToListAsync(cancellationToken), x => (x.Id, x.HsdsId));
        result.AddAll("service", await db.Offers.Select(o => new { o.Id, o.HsdsId }).ToListAsync(cancellationToken), x => (x.Id, x.HsdsId));
        result.AddAll("location", await db.Locations.Select(o => new { o.Id, o.HsdsId }).ToListAsync(cancellationToken), x => (x.Id, x.HsdsId));
        result.AddAll("taxonomy", await db.Taxonomies.Select(o => new { o.Id, o.HsdsId }).ToListAsync(cancellationToken), x => (x.Id, x.HsdsId));
        result.AddAll("taxonomy_term", await db.TaxonomyTerms.Select(o => new { o.Id, o.HsdsId }).ToListAsync(cancellationToken), x => (x.Id, x.HsdsId));
        return result;
    }

    private void AddAll<T>(string table, IEnumerable<T> rows, Func<T, (Guid Id, string? HsdsId)> key)
    {
        var ids = _byTable[table] = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var (id, hsdsId) = key(row);
            foreach (var candidate in HsdsOwnIds.Of(table, id, hsdsId))
                ids.TryAdd(candidate, id);
        }
    }
}
