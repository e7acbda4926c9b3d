namespace Lotse.Features.Editorial.History;

/// <summary>
/// Who is changing data right now, for the audit log and the versions: the signed-in user of a web
/// request, or what a command, import or background job declared with <see cref="Set"/>.
/// </summary>
public interface ICurrentActor
{
    Guid? ActorId { get; }
    string ActorName { get; }
    /// <summary>One of <see cref="ActorSources"/>.</summary>
    string Source { get; }

    /// <summary>Declares the actor for work without a web user (commands, imports, jobs); wins over the web user.</summary>
    void Set(Guid? actorId, string actorName, string source);
}

/// <summary>Where a change came from; stored as text in the audit log and the versions.</summary>
public static class ActorSources
{
    public const string Web = "Web";
    public const string Command = "Befehl";
    public const string Import = "Import";
    public const string Api = "API";
    public const string PortalSuggestion = "Portal-Vorschlag";
    public const string System = "System";
}
