using System.Globalization;
using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Overview.Nrw;

/// <summary>All 54 NRW entries with their KIZ status on a chosen date, counts per category, and the comparable counties' timelines.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class IndexModel(LotseDbContext db, TimeProvider clock, IStringLocalizer<NrwResource> text) : PageModel
{
    public const string Path = "/intern/nrw";

    [BindProperty(Name = "stichtag", SupportsGet = true)]
    public string? DateValue { get; set; }

    public DateOnly On { get; private set; }
    public IReadOnlyList<NrwEntry> Entries { get; private set; } = [];
    public IReadOnlyList<(string Category, int Count)> Counts { get; private set; } = [];
    public int WithoutStatus { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        On = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrWhiteSpace(DateValue))
        {
            if (DateOnly.TryParseExact(DateValue, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) && on.Year is >= 1990 and <= 2100)
                On = on;
            else
                ModelState.AddModelError("stichtag", text["Validation.Date"]);
        }
        Entries = await db.NrwEntries.AsNoTracking().Include(e => e.Changes).OrderBy(e => e.Name).ToListAsync(cancellationToken);
        Counts = NrwStatus.Counts(Entries, On);
        WithoutStatus = Entries.Count(e => NrwStatus.On(e.Changes, On) is null);
        if (!ModelState.IsValid)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
