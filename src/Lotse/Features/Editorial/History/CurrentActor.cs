using System.Security.Claims;

namespace Lotse.Features.Editorial.History;

/// <summary>The actor of one DI scope: a declared one if set, else the web request's signed-in user, else "System".</summary>
public sealed class CurrentActor(IHttpContextAccessor httpContextAccessor) : ICurrentActor
{
    private (Guid? Id, string Name, string Source)? _declared;

    public Guid? ActorId => _declared is { } d ? d.Id : WebUser() is { } user ? UserId(user) : null;

    public string ActorName => _declared is { } d ? d.Name
        : WebUser() is { } user ? user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? ActorSources.Web
        : ActorSources.System;

    public string Source => _declared is { } d ? d.Source
        : WebUser() is not null ? (IsApiRequest() ? ActorSources.Api : ActorSources.Web)
        : ActorSources.System;

    public void Set(Guid? actorId, string actorName, string source) => _declared = (actorId, actorName, source);

    private ClaimsPrincipal? WebUser() =>
        httpContextAccessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    private bool IsApiRequest() => httpContextAccessor.HttpContext?.Request.Path.StartsWithSegments("/api") == true;

    private static Guid? UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
