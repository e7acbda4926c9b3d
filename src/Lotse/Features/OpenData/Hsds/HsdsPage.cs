namespace Lotse.Features.OpenData.Hsds;

/// <summary>The HSDS API's page envelope (openapi.json, components/schemas/Page, plus contents).</summary>
public sealed record HsdsPage<T>(
    int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents)
{
    public static HsdsPage<T> Of(IReadOnlyList<T> all, int page, int perPage)
    {
        var totalPages = (all.Count + perPage - 1) / perPage;
        var contents = all.Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * perPage)).Take(perPage).ToList();
        return new HsdsPage<T>(all.Count, totalPages, page, contents.Count, page == 1, page >= totalPages, contents.Count == 0, contents);
    }
}
