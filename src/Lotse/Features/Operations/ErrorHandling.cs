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
            if (status is StatusCodes.Status503ServiceUnavailable or StatusCodes.Status507InsufficientStorage)
            {
                var exception = context.Exception ?? context.HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
                problem.Detail = UnavailableDetail(status, exception);
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
        // Every 503 (search index being built, database briefly away, health) tells clients when to come back.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable && !context.Response.Headers.ContainsKey("Retry-After"))
                    context.Response.Headers.RetryAfter = RetryAfterSeconds;
                return Task.CompletedTask;
            });
            return next(context);
        });
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
        _ when StorageFaults.IsDiskFull(exception) => StatusCodes.Status507InsufficientStorage,
        _ when StorageFaults.IsDatabaseUnavailable(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>Seconds in the Retry-After header of a 503.</summary>
    public const string RetryAfterSeconds = "5";

    /// <summary>What a 503 or 507 problem says: which part is away, and that nothing was half saved.</summary>
    public static string UnavailableDetail(int status, Exception? exception) =>
        status == StatusCodes.Status507InsufficientStorage
            ? "Der Speicherplatz des Servers ist voll. Ihre Änderung wurde nicht gespeichert; bitte versuchen Sie es später noch einmal oder wenden Sie sich an die Betreuung von Lotse."
            : exception is not null && StorageFaults.IsDatabaseUnavailable(exception)
                ? "Die Datenbank ist kurz nicht erreichbar. Ihre Änderung wurde nicht gespeichert; bitte versuchen Sie es in einigen Sekunden noch einmal."
                : "Die Suche wird gerade vorbereitet. Bitte versuchen Sie es in einigen Sekunden noch einmal.";

    public static string GermanTitle(int status) => status switch
    {
        400 => "Ungültige Anfrage",
        404 => "Nicht gefunden",
        405 => "Methode nicht erlaubt",
        413 => "Anfrage zu groß",
        415 => "Format nicht unterstützt",
        429 => "Zu viele Anfragen",
        503 => "Dienst vorübergehend nicht verfügbar",
        507 => "Speicherplatz erschöpft",
        >= 500 => "Interner Fehler",
        _ => "Fehler",
    };
}
