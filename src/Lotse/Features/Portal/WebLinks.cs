namespace Lotse.Features.Portal;

/// <summary>Only absolute http(s) addresses from the data become links; anything else (javascript:, data:) stays text.</summary>
public static class WebLinks
{
    public static string? SafeHttpUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return null;
        var trimmed = url.Trim();
        if (!trimmed.Contains("://", StringComparison.Ordinal) && trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            trimmed = "https://" + trimmed;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
    }

    /// <summary>The address without scheme and trailing slash, for display.</summary>
    public static string Display(string url)
    {
        var uri = new Uri(url);
        var text = uri.Host + uri.PathAndQuery;
        return text.TrimEnd('/');
    }
}
