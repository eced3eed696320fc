namespace NewsBrief.Rendering.Html;

/// <summary>The URL allowlist: absolute http, https and mailto URLs, nothing else.</summary>
public static class SafeUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>True when <paramref name="url"/> is absolute and its scheme is allowed.</summary>
    public static bool IsAllowed(string url) =>
        url.Length > 0 &&
        url.Trim() == url &&
        !url.Any(char.IsControl) &&
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        AllowedSchemes.Contains(uri.Scheme, StringComparer.Ordinal) &&
        (uri.Scheme == "mailto" || url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase)) &&
        (uri.Scheme == "mailto" || uri.Host.Length > 0);

    /// <summary>For Markdig's link rewriter: allowed URLs pass, anything else becomes an inert fragment.</summary>
    public static string Rewrite(string url) => IsAllowed(url) ? url : "#";
}
