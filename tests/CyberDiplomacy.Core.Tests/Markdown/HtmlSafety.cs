using System.Net;
using System.Text.RegularExpressions;

namespace CyberDiplomacy.Core.Tests.Markdown;

/// <summary>
/// What rendered content must never contain, checked the way a browser reads it: no script element, no event
/// handler attribute, and no URL attribute whose scheme (after entity decoding and with the tabs, newlines and control
/// characters a browser ignores removed) is anything but http, https or mailto. Attributes are read one by one, so
/// "onerror=" inside an escaped title is text, not a handler.
/// </summary>
internal static partial class HtmlSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];
    private static readonly string[] UrlAttributes = ["href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href", "background", "cite"];

    public static void AssertSafe(string html, string context = "")
    {
        Assert.False(html.Contains("<script", StringComparison.OrdinalIgnoreCase), $"<script in output {context}: {Excerpt(html, "<script")}");
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            Assert.False(name is "script" or "iframe" or "object" or "embed" or "style" or "svg" or "math" or "base" or "meta" or "form",
                $"<{name}> element in output {context}: {tag.Value}");
            foreach (Match attribute in Attribute().Matches(tag.Groups["attributes"].Value))
            {
                var attributeName = attribute.Groups["name"].Value.ToLowerInvariant();
                Assert.False(attributeName.StartsWith("on", StringComparison.Ordinal), $"event handler attribute in output {context}: {tag.Value}");
                Assert.False(attributeName == "style", $"style attribute in output {context}: {tag.Value}");
                if (!UrlAttributes.Contains(attributeName)) continue;
                var scheme = SchemeOf(attribute.Groups["value"].Value);
                Assert.True(scheme is null || AllowedSchemes.Contains(scheme), $"{attributeName} has scheme '{scheme}' {context}: {tag.Value}");
            }
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

    [GeneratedRegex("""<(?<name>[a-zA-Z][a-zA-Z0-9:-]*)(?<attributes>(?:[^>"']|"[^"]*"|'[^']*')*)>""")]
    private static partial Regex Tag();

    [GeneratedRegex("""(?<name>[^\s"'>/=]+)(?:\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'=<>`]+)))?""")]
    private static partial Regex Attribute();

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();
}
