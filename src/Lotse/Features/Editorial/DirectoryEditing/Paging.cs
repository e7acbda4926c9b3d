namespace Lotse.Features.Editorial.DirectoryEditing;

/// <summary>A page of a list; <c>_Pager.cshtml</c> links the neighbours, keeping the other query parameters.</summary>
public sealed record Paging(int Page, int PageSize, int TotalCount)
{
    public const string Parameter = "seite";
    public const int DefaultPageSize = 25;

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public int Skip => (Page - 1) * PageSize;

    public static Paging For(int? requested, int totalCount, int pageSize = DefaultPageSize)
    {
        var pageCount = Math.Max(1, (totalCount + pageSize - 1) / pageSize);
        return new Paging(Math.Clamp(requested ?? 1, 1, pageCount), pageSize, totalCount);
    }
}
