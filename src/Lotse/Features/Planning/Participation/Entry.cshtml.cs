using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.Participation;

/// <summary>One participation entry; changed only over the version the form loaded.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class EntryModel(LotseDbContext db, TimeProvider clock, IAuthorizationService authorization, IStringLocalizer<PlanningResource> text)
    : WorkbenchPage(authorization, text)
{
    [BindProperty] public ParticipationInput Input { get; set; } = new();
    [BindProperty] public string? ConcurrencyStamp { get; set; }
    [BindProperty(Name = "gespeichert", SupportsGet = true)] public bool Saved { get; set; }

    public string Label { get; private set; } = "";
    public IReadOnlyList<SelectOption> Versions { get; private set; } = [];
    public IReadOnlyList<SelectOption> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadRightsAsync();
        if (await FindAsync(id, cancellationToken) is not { } entry)
            return NotFound();
        await ShowAsync(entry, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadRightsAsync())
            return Forbid();
        if (await db.ParticipationEntries.Include(e => e.Organization).FirstOrDefaultAsync(e => e.Id == id, cancellationToken) is not { } entry)
            return NotFound();
        ModelState.Clear();
        await LoadChoicesAsync(cancellationToken);
        Label = entry.Actor;
        var errors = Errors();
        var parsed = Input.ToEntry(errors, Versions.Select(v => Guid.Parse(v.Value)), Organizations.Select(o => Guid.Parse(o.Value)));
        var stamp = errors.Stamp(ConcurrencyStamp);
        if (parsed is null || stamp is null)
            return Invalid();
        ParticipationInput.Copy(parsed, entry);
        entry.LastModified = clock.GetUtcNow().UtcDateTime;
        db.Entry(entry).Property(e => e.ConcurrencyStamp).OriginalValue = stamp.Value;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await ShowAsync((await FindAsync(id, cancellationToken))!, cancellationToken);
            MarkConflict();
            return Page();
        }
        return Redirect(PlanningPaths.ParticipationEntry(id) + "?gespeichert=true");
    }

    private Task<ParticipationEntry?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.ParticipationEntries.AsNoTracking().Include(e => e.Organization).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    private async Task ShowAsync(ParticipationEntry entry, CancellationToken cancellationToken)
    {
        Input = ParticipationInput.From(entry);
        ConcurrencyStamp = entry.ConcurrencyStamp.ToString();
        Label = entry.Actor;
        await LoadChoicesAsync(cancellationToken);
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Versions = await db.ConceptVersions.AsNoTracking().OrderBy(v => v.Title).Select(v => new SelectOption(v.Id.ToString(), v.Title)).ToListAsync(cancellationToken);
        Organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).Select(o => new SelectOption(o.Id.ToString(), o.Name)).ToListAsync(cancellationToken);
    }
}
