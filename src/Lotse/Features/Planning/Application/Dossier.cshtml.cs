using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Features.Planning.Application;

/// <summary>The application dossier as a printable page.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class DossierModel(ApplicationDossierLoader loader) : PageModel
{
    public ApplicationDossier Dossier { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await loader.LoadAsync(id, cancellationToken) is not { } dossier)
            return NotFound();
        Dossier = dossier;
        return Page();
    }
}
