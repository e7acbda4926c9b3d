using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lotse.Features.Portal;

/// <summary>
/// The German page for error status codes, re-executed by the status code and exception middleware.
/// An exception in the API is answered as problem details instead, since API clients read JSON.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IProblemDetailsService problems) : PageModel
{
    public int Code { get; private set; }

    public string Culture { get; private set; } = PortalCultures.Default.Segment;

    /// <summary>The request's trace id: the same id is in the log entries of the failed request, so a caller can quote it.</summary>
    public string Reference => System.Diagnostics.Activity.Current?.TraceId.ToHexString() ?? HttpContext.TraceIdentifier;

    public string MessageKey => Code switch
    {
        404 => "Error.NotFound",
        400 or 405 => "Error.BadRequest",
        503 => "Error.Unavailable",
        507 => "Error.Storage",
        _ => "Error.Server",
    };

    public Task<IActionResult> OnGetAsync(int code) => ShowAsync(code);

    public Task<IActionResult> OnPostAsync(int code) => ShowAsync(code);

    private async Task<IActionResult> ShowAsync(int code)
    {
        // After an exception the handler has already chosen the status (e.g. 503 while the index is built).
        var exception = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        Code = exception is not null && Response.StatusCode >= 400 ? Response.StatusCode
            : code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Code;
        var originalPath = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        if (originalPath is not null && ErrorPaths.IsApi(originalPath))
        {
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = HttpContext, ProblemDetails = { Status = Code } });
            return new EmptyResult();
        }
        Culture = PortalCultures.FromPath(originalPath).Segment;
        return Page();
    }
}
