namespace Lotse.Features.OpenData;

/// <summary>Public URLs of portal pages that API answers point to (German portal by default).</summary>
public static class PortalLinks
{
    public static string Offer(Guid id, string culture = "de") => $"/{culture}/angebote/{id}";
}
