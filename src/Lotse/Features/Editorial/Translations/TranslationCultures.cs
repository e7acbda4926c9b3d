using Lotse.Features.Portal;

namespace Lotse.Features.Editorial.Translations;

/// <summary>The languages an offer is translated into: every portal culture but German, the source.</summary>
public static class TranslationCultures
{
    public static IReadOnlyList<PortalCulture> All { get; } =
        PortalCultures.All.Where(c => c != PortalCultures.Default).ToList();

    public static PortalCulture? Find(string? segment) =>
        All.FirstOrDefault(c => string.Equals(c.Segment, segment, StringComparison.Ordinal));
}
