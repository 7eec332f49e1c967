using System.Net;
using System.Text.RegularExpressions;

namespace CyberDiplomacy.Core.Tests.Markdown;

/// <summary>
/// What rendered content must never contain, checked the way a browser reads it: no script element, no event
/// handler attribute, and no href or src whose scheme (after entity decoding and with the tabs, newlines and control
/// characters a browser ignores removed) is anything but http, https or mailto.
/// </summary>
internal static partial class HtmlSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static void AssertSafe(string html, string context = "")
    {
        Assert.False(html.Contains("<script", StringComparison.OrdinalIgnoreCase), $"<script in output {context}: {Excerpt(html, "<script")}");
        Assert.False(EventHandler().IsMatch(html), $"event handler attribute in output {context}: {EventHandler().Match(html).Value}");
        foreach (Match attribute in UrlAttribute().Matches(html))
        {
            var scheme = SchemeOf(attribute.Groups["value"].Value);
            Assert.True(scheme is null || AllowedSchemes.Contains(scheme), $"{attribute.Value} has scheme '{scheme}' {context}");
        }
    }

    /// <summary>The scheme a browser would see, lower-cased, or null for a relative URL.</summary>
    public static string? SchemeOf(string attributeValue)
    {
        var decoded = WebUtility.HtmlDecode(attributeValue);
        // The URL parser strips leading and trailing C0 controls and spaces and removes tabs and newlines anywhere;
        // be stricter and drop every control and whitespace character.
        var compact = new string(decoded.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var match = Scheme().Match(compact);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    private static string Excerpt(string html, string needle)
    {
        var at = html.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? "" : html.Substring(Math.Max(0, at - 40), Math.Min(120, html.Length - Math.Max(0, at - 40)));
    }

    [GeneratedRegex("""<[^>]*\s(?:href|src)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s>]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();

    [GeneratedRegex("""<[a-z][^>]*\son[a-z]+\s*=""", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();
}
