using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Features.Portal.Confirmation;

/// <summary>Where a successful confirmation lands (POST-redirect-GET).</summary>
public sealed class ThanksModel : PageModel
{
    public const string Segment = "danke";

    public string Culture { get; private set; } = PortalCultures.Default.Segment;

    public void OnGet(string culture) => Culture = PortalCultures.Find(culture)?.Segment ?? PortalCultures.Default.Segment;
}
