namespace Lotse.Features.OpenData;

/// <summary>
/// Read-only CORS on /api/*: any origin may read (GET; the endpoints answer no HEAD) and ask first (OPTIONS), never with
/// credentials. Added at the start of the pipeline by a startup filter, so that preflight requests are
/// answered before routing (Program.cs stays as it is).
/// </summary>
public static class ApiCors
{
    public const string Policy = "OpenDataRead";

    public static IServiceCollection AddApiCors(this IServiceCollection services)
    {
        services.AddCors(options => options.AddPolicy(Policy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Options)
            .WithHeaders("Accept", "Accept-Language", "If-None-Match")
            .WithExposedHeaders("ETag", "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        services.AddTransient<IStartupFilter, StartupFilter>();
        return services;
    }

    private sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseCors(Policy));
            next(app);
        };
    }
}
