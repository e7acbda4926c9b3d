namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>
/// One row of an HSDS table, wherever it came from: a CSV line or an object nested in HSDS JSON.
/// Values are kept as text (empty cells are absent) so CSV and JSON are checked by the same rules.
/// </summary>
public sealed class HsdsRecord(string table, string file, string position)
{
    public string Table { get; } = table;
    /// <summary>The file the row came from, e.g. <c>services.csv</c>.</summary>
    public string File { get; } = file;
    /// <summary>Where in the file, in words: "Zeile 3" or "Eintrag services[0].phones[1]".</summary>
    public string Position { get; } = position;
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public string? this[string field] => Values.TryGetValue(field, out var value) ? value : null;

    public string? Id => this["id"];
}

/// <summary>All rows of one HSDS package, by table name (<c>service</c>, <c>organization</c>, …).</summary>
public sealed class HsdsPackage
{
    private readonly Dictionary<string, List<HsdsRecord>> _tables = new(StringComparer.Ordinal);

    /// <summary>The name of the imported file or folder, for the audit log.</summary>
    public required string SourceName { get; init; }

    public IReadOnlyList<HsdsRecord> Rows(string table) =>
        _tables.TryGetValue(table, out var rows) ? rows : [];

    public IEnumerable<string> TableNames => _tables.Keys;

    public void Add(HsdsRecord record)
    {
        if (!_tables.TryGetValue(record.Table, out var rows))
            _tables[record.Table] = rows = [];
        rows.Add(record);
    }

    public int Count => _tables.Values.Sum(r => r.Count);
}
