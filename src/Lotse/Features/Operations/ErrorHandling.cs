using Lotse.Features.Search;
using Microsoft.AspNetCore.Diagnostics;

namespace Lotse.Features.Operations;

/// <summary>
/// Unhandled errors become a German problem answer (JSON for the API, a short page for browsers)
/// without stack traces; the exception itself goes to the log. Bad requests that Kestrel or
/// routing reject (malformed headers, bodies) become 400 the same way.
/// </summary>
public static class ErrorHandling
{
    public static IServiceCollection AddErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? StatusCodes.Status500InternalServerError;
            // The framework's default titles are English; ours (e.g. "Ungültige Suchanfrage") are kept.
            if (problem.Title is null || EnglishDefaultTitles.Contains(problem.Title))
                problem.Title = GermanTitle(status);
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                problem.Detail = "Die Suche wird gerade vorbereitet. Bitte versuchen Sie es in einigen Sekunden noch einmal.";
                context.HttpContext.Response.Headers.RetryAfter = "5";
            }
            else if (status >= 500)
            {
                problem.Detail = "Bitte versuchen Sie es später noch einmal.";
            }
        });
        return services;
    }

    private static readonly HashSet<string> EnglishDefaultTitles = new(StringComparer.Ordinal)
    {
        "Bad Request", "Unauthorized", "Forbidden", "Not Found", "Method Not Allowed", "Not Acceptable",
        "Conflict", "Payload Too Large", "Unsupported Media Type", "Unprocessable Entity", "Too Many Requests",
        "An error occurred while processing your request.", "One or more validation errors occurred.",
        "Internal Server Error", "Service Unavailable",
    };

    public static IApplicationBuilder UseErrorHandling(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = StatusCodeFor,
        });
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>The status an unhandled exception is answered with; used by every exception handler of the app.</summary>
    public static int StatusCodeFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        SearchUnavailableException => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static string GermanTitle(int status) => status switch
    {
        400 => "Ungültige Anfrage",
        404 => "Nicht gefunden",
        405 => "Methode nicht erlaubt",
        413 => "Anfrage zu groß",
        415 => "Format nicht unterstützt",
        429 => "Zu viele Anfragen",
        503 => "Dienst vorübergehend nicht verfügbar",
        >= 500 => "Interner Fehler",
        _ => "Fehler",
    };
}
