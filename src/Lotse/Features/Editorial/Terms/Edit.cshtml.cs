using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Terms;

/// <summary>Changes a term, never over someone else's newer save; links to deletion when no offer uses it.</summary>
[Authorize(Policy = Permissions.ManageTaxonomies)]
public sealed class EditModel(LotseDbContext db, IStringLocalizer<DirectoryEditingResource> text) : PageModel
{
    [BindProperty]
    public TermInput Input { get; set; } = new();

    [BindProperty(Name = "gespeichert", SupportsGet = true)]
    public bool Saved { get; set; }

    public string TaxonomyName { get; private set; } = "";
    public string StoredLabel { get; private set; } = "";
    public int Uses { get; private set; }
    public IReadOnlyList<FieldDifference>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var term = await db.TaxonomyTerms.Include(t => t.Taxonomy).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (term is null)
            return NotFound();
        Input = TermInput.From(term);
        await DescribeAsync(id, term.Taxonomy.Name, term.Label, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var term = await db.TaxonomyTerms.Include(t => t.Taxonomy).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (term is null)
            return NotFound();
        await DescribeAsync(id, term.Taxonomy.Name, term.Label, cancellationToken);
        ModelState.Clear();
        var codes = await db.TaxonomyTerms.Where(t => t.TaxonomyId == term.TaxonomyId && t.Id != id).Select(t => t.Code).ToListAsync(cancellationToken);
        var errors = new FormErrors(ModelState, text);
        var values = Input.Validate(errors, code => codes.Contains(code));
        var stamp = errors.Stamp(Input.ConcurrencyStamp);
        if (values is null || stamp is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        values.ApplyTo(term);
        db.Entry(term).Property(t => t.ConcurrencyStamp).OriginalValue = stamp.Value;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var stored = await db.TaxonomyTerms.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (stored is null)
                return NotFound();
            var storedInput = TermInput.From(stored);
            Conflict = FieldDifference.Between(Input.Readable(text), storedInput.Readable(text));
            Input = storedInput;
            StoredLabel = stored.Label;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        catch (DbUpdateException)
        {
            // Someone took the code between the check and the save (unique index).
            db.ChangeTracker.Clear();
            errors.Add(nameof(Input.Code), "Validation.Term.CodeTaken", values.Code);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return RedirectToPage(new { id, gespeichert = true });
    }

    private async Task DescribeAsync(Guid id, string taxonomyName, string label, CancellationToken cancellationToken)
    {
        TaxonomyName = taxonomyName;
        StoredLabel = label;
        Uses = await TermUse.CountAsync(db, id, cancellationToken);
    }
}
