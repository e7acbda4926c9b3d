using Lotse.Features.Operations;
using Lotse.Features.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace Lotse.Features.Portal;

public static class PortalSetup
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages().WithRazorPagesRoot("/Features").AddViewLocalization();
        services.Configure<RouteOptions>(o => o.ConstraintMap[CultureRouteConstraint.Name] = typeof(CultureRouteConstraint));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = PortalCultures.All.Select(c => c.Culture).ToList();
            o.DefaultRequestCulture = new RequestCulture(PortalCultures.Default.Culture);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new PathCultureProvider()];
        });
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<Accessibility.AccessibilityFeedbackRateLimit>();
        services.AddOptions<Accessibility.AccessibilityOptions>().BindConfiguration(Accessibility.AccessibilityOptions.Section);
        services.AddSingleton(_ => TermTranslations.Load());
        return services;
    }

    public static IApplicationBuilder UsePortal(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = ErrorPaths.Exception,
            StatusCodeSelector = ErrorHandling.StatusCodeFor,
        });
        app.UseStatusCodePagesWithReExecute(ErrorPaths.StatusCodeFormat);
        // The API answers with its own bodies; only page requests get the German status pages.
        app.Use((context, next) =>
        {
            if (ErrorPaths.IsApi(context.Request.Path) && context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
                statusCodePages.Enabled = false;
            return next(context);
        });
        return app;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        endpoints.MapGet("/", () => Results.Redirect($"/{PortalCultures.Default.Segment}/")).ExcludeFromDescription();
        endpoints.MapOfferVCard();
        return endpoints;
    }
}
