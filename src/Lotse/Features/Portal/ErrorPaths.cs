namespace Lotse.Features.Portal;

/// <summary>Where the error pages live; culture-free paths, the page reads the culture from the original path.</summary>
public static class ErrorPaths
{
    public const string Exception = "/fehler/500";
    public const string StatusCodeFormat = "/fehler/{0}";

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api");
}
