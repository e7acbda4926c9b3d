namespace Lotse.Features.OpenData.HsdsImport;

/// <summary>
/// The HSDS ids under which this Lotse exports its own entries, so that importing Lotse's own export
/// updates those entries instead of creating copies. An entry that came in by import is exported with
/// the id it came with (<c>HsdsId</c>); every other entry with its Lotse id.
/// </summary>
public static class HsdsOwnIds
{
    public static IEnumerable<string> Of(string table, Guid lotseId, string? hsdsId)
    {
        if (!string.IsNullOrEmpty(hsdsId))
            yield return hsdsId;
        yield return lotseId.ToString("D");
    }
}
