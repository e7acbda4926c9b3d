using System.Globalization;
using Lotse.Data;
using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Overview.Nrw;

/// <summary>One NRW entry: its dated status changes; add a change, mark it comparable.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class EntryModel(LotseDbContext db, IAuthorizationService authorization, IStringLocalizer<NrwResource> text) : PageModel
{
    public sealed class ChangeInput
    {
        public string? ChangedOn { get; set; }
        public string? Category { get; set; }
        public string? Note { get; set; }
        public string? Source { get; set; }
    }

    [BindProperty]
    public ChangeInput Input { get; set; } = new();

    [BindProperty]
    public bool IsComparable { get; set; }

    [BindProperty]
    public string? ConcurrencyStamp { get; set; }

    public NrwEntry Entry { get; private set; } = null!;
    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        Input.Category = NrwStatus.On(Entry.Changes, DateOnly.MaxValue);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!MayEdit)
            return Forbid();
        ModelState.Clear();
        DateOnly changedOn = default;
        if (string.IsNullOrWhiteSpace(Input.ChangedOn))
            ModelState.AddModelError("Input.ChangedOn", text["Validation.DateRequired"]);
        else if (!DateOnly.TryParseExact(Input.ChangedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out changedOn) || changedOn.Year is < 1990 or > 2100)
            ModelState.AddModelError("Input.ChangedOn", text["Validation.Date"]);
        if (Input.Category is null || !NrwCategories.All.Contains(Input.Category))
            ModelState.AddModelError("Input.Category", text["Validation.Category"]);
        var note = Clean(Input.Note);
        if (note?.Length > 1000)
            ModelState.AddModelError("Input.Note", text["Validation.TooLong", 1000]);
        var source = Clean(Input.Source);
        if (source?.Length > 500)
            ModelState.AddModelError("Input.Source", text["Validation.TooLong", 500]);
        if (!Guid.TryParse(ConcurrencyStamp, out var stamp))
            ModelState.AddModelError("", text["Validation.StampMissing"]);
        if (!ModelState.IsValid)
            return Invalid();
        var entry = await db.NrwEntries.FirstAsync(e => e.Id == id, cancellationToken);
        db.NrwStatusChanges.Add(new NrwStatusChange { Id = Guid.NewGuid(), NrwEntryId = id, ChangedOn = changedOn, Category = Input.Category!, Note = note, Source = source });
        return await SaveAsync(entry, stamp, cancellationToken);
    }

    public async Task<IActionResult> OnPostComparableAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
            return NotFound();
        if (!MayEdit)
            return Forbid();
        ModelState.Clear();
        if (!Guid.TryParse(ConcurrencyStamp, out var stamp))
        {
            ModelState.AddModelError("", text["Validation.StampMissing"]);
            return Invalid();
        }
        var entry = await db.NrwEntries.FirstAsync(e => e.Id == id, cancellationToken);
        entry.IsComparable = IsComparable;
        return await SaveAsync(entry, stamp, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(NrwEntry entry, Guid stamp, CancellationToken cancellationToken)
    {
        // The entry's stamp guards its whole history: a change added meanwhile by someone else is not overlooked.
        db.Entry(entry).Property(e => e.ConcurrencyStamp).OriginalValue = stamp;
        db.Entry(entry).Property(e => e.ConcurrencyStamp).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(entry.Id, cancellationToken);
            ConcurrencyStamp = Entry.ConcurrencyStamp.ToString();
            ModelState.AddModelError("", text["Conflict"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return RedirectToPage(new { id = entry.Id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await db.NrwEntries.AsNoTracking().Include(e => e.Changes).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
            return false;
        Entry = entry;
        MayEdit = (await authorization.AuthorizeAsync(User, Permissions.ManageWorkbench)).Succeeded;
        return true;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
