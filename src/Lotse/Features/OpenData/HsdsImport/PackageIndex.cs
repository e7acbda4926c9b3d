namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>
/// The rows of a package by the value of one reference field (e.g. <c>service_id</c>), built once per field: mapping
/// 10 000 services then reads each child table once instead of once per service (which took minutes).
/// </summary>
internal sealed class PackageIndex(HsdsPackage package)
{
    private readonly Dictionary<(string Table, string Field, bool IgnoreCase), ILookup<string, HsdsRecord>> _lookups = [];
    private readonly Dictionary<string, Dictionary<HsdsRecord, int>> _positions = new(StringComparer.Ordinal);

    /// <summary>The rows of <paramref name="table"/> whose <paramref name="field"/> equals <paramref name="value"/>, in file order.</summary>
    public IEnumerable<HsdsRecord> Where(string table, string field, string? value, bool ignoreCase = false)
    {
        if (value is null)
            return [];
        var key = (table, field, ignoreCase);
        if (!_lookups.TryGetValue(key, out var lookup))
        {
            lookup = package.Rows(table).Where(r => r[field] is not null)
                .ToLookup(r => r[field]!, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            _lookups[key] = lookup;
        }
        return lookup[value];
    }

    /// <summary>Rows of one table gathered from several references, once each and in file order.</summary>
    public IEnumerable<HsdsRecord> InFileOrder(string table, IEnumerable<HsdsRecord> rows)
    {
        if (!_positions.TryGetValue(table, out var positions))
        {
            var all = package.Rows(table);
            positions = new Dictionary<HsdsRecord, int>(all.Count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < all.Count; i++)
                positions[all[i]] = i;
            _positions[table] = positions;
        }
        return rows.Distinct().OrderBy(r => positions[r]);
    }
}
