using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Features.Accounts;

/// <summary>The back office's German status pages (re-executed for the original method, hence GET and POST).</summary>
[IgnoreAntiforgeryToken]
public sealed class BackOfficeErrorModel : PageModel
{
    public int Code { get; private set; }

    public string MessageKey => Code switch
    {
        400 or 405 => "Error.BadRequest",
        403 => "Error.Forbidden",
        404 => "Error.NotFound",
        429 => "Error.TooManyRequests",
        _ => "Error.Server",
    };

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        return Page();
    }
}
