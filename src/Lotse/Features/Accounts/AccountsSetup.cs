using System.Threading.RateLimiting;
using Lotse.Data;
using Lotse.Features.Accounts.Sessions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lotse.Features.Accounts;

public static class AccountsSetup
{
    public const string SessionCookieName = "lotse.anmeldung";
    public const string HostCookiePrefix = "__Host-";

    private const string LoginRateLimitPartition = "login";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddIdentity<LotseUser, IdentityRole<Guid>>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                // Length over composition rules (BSI, NIST): a long passphrase needs no digit or symbol.
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorTokenProvider.Name;
            })
            .AddEntityFrameworkStores<LotseDbContext>()
            .AddErrorDescriber<GermanIdentityErrors>()
            .AddPasswordValidator<PasswordRules>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(OneTimeAuthenticatorTokenProvider.Name);
        // Passwords are hashed with a pepper kept outside the database (ASVS 2.4.5); a configured one must be usable.
        services.AddOptions<PasswordPepperOptions>().BindConfiguration(PasswordPepperOptions.Section)
            .Validate(o => o.PasswordPepper is null || PasswordPepperOptions.Decode(o.PasswordPepper) is not null, PasswordPepperOptions.InvalidMessage)
            .ValidateOnStart();
        services.AddSingleton<PasswordPepper>();
        services.AddHostedService<PasswordPepperStartup>();
        services.Replace(ServiceDescriptor.Singleton<IPasswordHasher<LotseUser>, PepperedPasswordHasher>());
        // The security stamp is checked on every request that carries the cookie: a sign-out (which renews the
        // stamp), a lock or a role change ends the sessions at once, not after Identity's default 30 minutes.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        // Test and development hosts talk plain http; everywhere else the cookies travel over https only, and their
        // names carry the __Host- prefix (OWASP ASVS 4.0 V3.4.4): browsers then accept them only from this exact host,
        // secure, with path / and no domain, so no other host of the county's domain can set or read them.
        var plainHttp = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        var securePolicy = plainHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        var cookiePrefix = plainHttp ? "" : HostCookiePrefix;
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = cookiePrefix + SessionCookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.LoginPath = AccountPaths.Login;
            options.LogoutPath = AccountPaths.Logout;
            SessionLifetime.Apply(options);   // 30 minutes idle, 12 hours at most
            SignInSessionTracking.Apply(options);   // each sign-in listed on the server, to be seen and ended by its owner
            // A signed-in user without the permission gets 403 (and the German status page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.PostConfigureAll<CookieAuthenticationOptions>(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = securePolicy;
            // Identity's own cookies (the half-done two-factor sign-in) get the prefix too.
            if (options.Cookie.Name is { Length: > 0 } name && !name.StartsWith(HostCookiePrefix, StringComparison.Ordinal))
                options.Cookie.Name = cookiePrefix + name;
        });
        services.AddAntiforgery(options =>
        {
            if (!plainHttp)
                options.Cookie.Name = HostCookiePrefix + "lotse.af";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddAuthorization(options =>
        {
            foreach (var permission in Permissions.All)
                options.AddPolicy(permission, policy => policy.RequireAuthenticatedUser().RequireRole(Permissions.RolesWith(permission)));
        });
        // Every back-office page needs back-office access unless it says otherwise.
        services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/Editorial", Permissions.AccessBackOffice));

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLoginPost(context)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        $"{LoginRateLimitPartition}:{context.Connection.RemoteIpAddress}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });

        services.AddSingleton(provider => TwoFactorRequirement.FromConfiguration(provider.GetRequiredService<IConfiguration>()));
        services.AddScoped<AccountCreation>();
        services.AddScoped<CredentialChangeNotices>();
        services.AddScoped<SignInSessions>();
        services.AddScoped<DemoAccountSeeder>();
        return services;
    }

    /// <summary>After routing: back-office status pages, the login rate limit, authentication, authorization and the second-factor rule.</summary>
    public static IApplicationBuilder UseAccounts(this IApplicationBuilder app)
    {
        // The back office has its own status pages (403, 429, …). This handler sits inside the portal's;
        // outside /intern it stands aside, and inside it answers first, so the portal's sees a written page.
        app.UseStatusCodePagesWithReExecute(AccountPaths.StatusCodeFormat);
        app.Use((context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(AccountPaths.BackOffice))
            {
                if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
                    statusCodePages.Enabled = false;
                return next(context);
            }
            // Back-office pages show personal and unpublished data: no copy in browser or proxy caches.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAccessDenialLog();
        app.UseAuthorization();
        app.UseTwoFactorEnforcement();   // roles that must have a second factor (ASVS V4.3.1)
        return app;
    }

    private static bool IsLoginPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) &&
        context.Request.Path.StartsWithSegments(AccountPaths.Login, StringComparison.OrdinalIgnoreCase);   // also the TOTP step
}
