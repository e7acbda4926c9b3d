using Lotse.Data;
using Lotse.Features.Accounts;
using Lotse.Features.Directory;
using Lotse.Features.Editorial.DirectoryEditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Editorial.Terms;

/// <summary>Adds a term to one of the vocabularies (<c>?taxonomie=topic|type|audience</c>).</summary>
[Authorize(Policy = Permissions.ManageTaxonomies)]
public sealed class CreateModel(LotseDbContext db, IStringLocalizer<DirectoryEditingResource> text) : PageModel
{
    [BindProperty]
    public TermInput Input { get; set; } = new();

    [BindProperty(Name = "taxonomie", SupportsGet = true)]
    public string? TaxonomyCode { get; set; }

    public string TaxonomyName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await FindTaxonomyAsync(cancellationToken) is null)
            return NotFound();
        Input.SortOrder = "0";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await FindTaxonomyAsync(cancellationToken) is not { } taxonomyId)
            return NotFound();
        ModelState.Clear();
        var codes = await db.TaxonomyTerms.Where(t => t.TaxonomyId == taxonomyId).Select(t => t.Code).ToListAsync(cancellationToken);
        var errors = new FormErrors(ModelState, text);
        var values = Input.Validate(errors, code => codes.Contains(code));
        if (values is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var term = new TaxonomyTerm { Id = Guid.NewGuid(), TaxonomyId = taxonomyId, Code = values.Code, Label = values.Label };
        values.ApplyTo(term);
        db.TaxonomyTerms.Add(term);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone took the code between the check and the save (unique index).
            db.ChangeTracker.Clear();
            errors.Add(nameof(Input.Code), "Validation.Term.CodeTaken", values.Code);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return RedirectToPage("Edit", new { id = term.Id, gespeichert = true });
    }

    private async Task<Guid?> FindTaxonomyAsync(CancellationToken cancellationToken)
    {
        var code = FormText.Clean(TaxonomyCode);
        var taxonomy = await db.Taxonomies.Where(t => t.Code == code).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken);
        if (taxonomy is null)
            return null;
        TaxonomyName = taxonomy.Name;
        return taxonomy.Id;
    }
}
