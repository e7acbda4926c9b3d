using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lotse.Features.Editorial.Terms;

/// <summary>Asks before deleting a term and deletes it only while no offer uses it.</summary>
[Authorize(Policy = Permissions.ManageTaxonomies)]
public sealed class DeleteModel(LotseDbContext db) : PageModel
{
    [BindProperty]
    public string? ConcurrencyStamp { get; set; }

    public string Label { get; private set; } = "";
    public string TaxonomyName { get; private set; } = "";
    public int Uses { get; private set; }
    public bool ChangedMeanwhile { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var term = await db.TaxonomyTerms.Include(t => t.Taxonomy).AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (term is null)
            return NotFound();
        (Label, TaxonomyName, ConcurrencyStamp) = (term.Label, term.Taxonomy.Name, term.ConcurrencyStamp.ToString());
        Uses = await TermUse.CountAsync(db, id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var term = await db.TaxonomyTerms.Include(t => t.Taxonomy).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (term is null)
            return NotFound();
        (Label, TaxonomyName) = (term.Label, term.Taxonomy.Name);
        Uses = await TermUse.CountAsync(db, id, cancellationToken);
        if (Uses > 0)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        // Deleting what the user did not see (the term was changed since the question was asked) needs a new look.
        if (!Guid.TryParse(ConcurrencyStamp, out var stamp) || stamp != term.ConcurrencyStamp)
            return Changed(term.ConcurrencyStamp);
        db.Entry(term).Property(t => t.ConcurrencyStamp).OriginalValue = stamp;
        db.TaxonomyTerms.Remove(term);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Changed(Guid.Empty);
        }
        return Redirect("/intern/begriffe");
    }

    private PageResult Changed(Guid currentStamp)
    {
        ChangedMeanwhile = true;
        ConcurrencyStamp = currentStamp == Guid.Empty ? null : currentStamp.ToString();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
