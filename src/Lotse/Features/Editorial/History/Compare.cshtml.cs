using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.History;

/// <summary>Field-by-field differences between two versions of an offer.</summary>
[Authorize(Policy = Permissions.ReviewChanges)]
public sealed class CompareModel(LotseDbContext db, IStringLocalizer<HistoryResource> text) : PageModel
{
    public Guid OfferId { get; private set; }
    public string OfferName { get; private set; } = "";
    public int From { get; private set; }
    public int To { get; private set; }
    public IReadOnlyList<OfferDiff.Change> Changes { get; private set; } = [];
    public string? Message { get; private set; }

    // Taken as text so that a malformed number gets a German message instead of a binding error.
    public async Task<IActionResult> OnGetAsync(Guid id, string? von, string? bis, CancellationToken cancellationToken)
    {
        OfferId = id;
        var scope = await EditorialScope.LoadAsync(db, User, cancellationToken);
        var access = await OfferAccess.CheckAsync(db, scope, id, cancellationToken);
        if (!access.InScope)
            return access.Exists ? Forbid() : Fail(StatusCodes.Status404NotFound, text["Versions.OfferNotFound"]);
        OfferName = access.Name;

        if (string.IsNullOrWhiteSpace(von) || string.IsNullOrWhiteSpace(bis))
            return Fail(StatusCodes.Status400BadRequest, text["Compare.Missing"]);
        if (!int.TryParse(von, out var from) || from < 1)
            return Fail(StatusCodes.Status400BadRequest, text["Compare.BadNumber", "von"]);
        if (!int.TryParse(bis, out var to) || to < 1)
            return Fail(StatusCodes.Status400BadRequest, text["Compare.BadNumber", "bis"]);
        (From, To) = (from, to);

        var versions = await db.OfferVersions.AsNoTracking()
            .Where(v => v.OfferId == id && (v.Number == from || v.Number == to))
            .ToDictionaryAsync(v => v.Number, v => v.SnapshotJson, cancellationToken);
        foreach (var n in new[] { from, to }.Distinct())
        {
            if (!versions.ContainsKey(n))
                return Fail(StatusCodes.Status404NotFound, text["Versions.NotFound", n]);
        }
        Changes = await OfferDiff.CompareAsync(db, OfferSnapshot.FromJson(versions[from]), OfferSnapshot.FromJson(versions[to]), text, cancellationToken);
        return Page();
    }

    private PageResult Fail(int status, string message)
    {
        Response.StatusCode = status;
        Message = message;
        return Page();
    }
}
