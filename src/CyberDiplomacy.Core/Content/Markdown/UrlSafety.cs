namespace CyberDiplomacy.Core.Content.Markdown;

/// <summary>The scheme allow-list for every URL that content can put on a page.</summary>
public static class UrlSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>True for http(s), mailto, fragments and scheme-less relative URLs.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }
        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so strip them first.
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true; // the colon is inside a path or query, not a scheme
        }
        var scheme = compact[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    public static bool IsExternal(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
