using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Lotse.Features.Planning.Application;

/// <summary>The application dossier as PDF.</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class DossierPdfModel(ApplicationDossierLoader loader, IStringLocalizer<PlanningResource> text) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await loader.LoadAsync(id, cancellationToken) is not { } dossier)
            return NotFound();
        return File(DossierPdf.Build(dossier, text), "application/pdf", "Antragsunterlagen.pdf");
    }
}
