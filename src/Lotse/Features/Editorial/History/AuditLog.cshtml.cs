using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.History;

/// <summary>The audit log, newest first, filtered and paged; scoped users see the rows of their offers only.</summary>
[Authorize(Policy = Permissions.ReviewChanges)]
public sealed class AuditLogModel(LotseDbContext db, IStringLocalizer<HistoryResource> text) : PageModel
{
    public const int PageSize = 50;
    private const int MaxShownValue = 300;

    public sealed record Row(string At, string ActorName, string Source, string EntityType, Guid EntityId, Guid? OfferId,
        string Action, string? Field, string? OldValue, string? NewValue);

    public AuditFilter Filter { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool HasNextPage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = AuditFilter.Parse(Request.Query, text);
        if (Filter.Errors.Count > 0)
        {
            foreach (var (key, message) in Filter.Errors)
                ModelState.AddModelError(key, message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var rows = await Filter.Apply(scope.Readable(db.AuditEntries, db.Offers).AsNoTracking())
            .Skip((Filter.Page - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        HasNextPage = rows.Count > PageSize;
        Rows = rows.Take(PageSize).Select(a => new Row(HistoryFormat.Time(a.At), a.ActorName, a.Source, a.EntityType, a.EntityId, a.OfferId,
            text["Action." + a.Action], a.Field, Shorten(a.OldValue), Shorten(a.NewValue))).ToList();
        return Page();
    }

    private static string? Shorten(string? value) =>
        value is { Length: > MaxShownValue } ? value[..MaxShownValue] + " …" : value;
}
