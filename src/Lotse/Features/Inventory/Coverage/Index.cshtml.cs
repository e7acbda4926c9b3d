using Lotse.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Lotse.Features.Inventory.Overlap;

namespace Lotse.Features.Inventory.Coverage;

/// <summary>Coverage of the published directory: municipality × topic or × language (<c>?ansicht=thema|sprache</c>).</summary>
[Authorize(Policy = Permissions.ViewWorkbench)]
public sealed class IndexModel(CoverageService coverage, IStringLocalizer<OverlapResource> text) : PageModel
{
    public string View { get; private set; } = CoverageService.ByTopic;
    public string? Error { get; private set; }
    public CoverageMatrix? Matrix { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? ansicht, CancellationToken cancellationToken)
    {
        if (ansicht is not null && !CoverageService.Views.Contains(ansicht))
        {
            Error = text["Coverage.UnknownView"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        View = ansicht ?? CoverageService.ByTopic;
        Matrix = await coverage.BuildAsync(View, text["Coverage.CountyWide"], cancellationToken);
        return Page();
    }
}
