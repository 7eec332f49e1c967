using System.Net;
using System.Text.RegularExpressions;

namespace CyberDiplomacy.Web.Tests.Infrastructure;

/// <summary>
/// A served page read as a browser reads it: scripts only from our own /js/ files, no event handler or style
/// attribute, and every URL attribute http, https, mailto or relative (after entity decoding, ignoring the whitespace
/// and control characters a browser drops). Attributes are read one by one, so escaped text is never mistaken for markup.
/// </summary>
public static partial class PageSafety
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];
    private static readonly string[] UrlAttributes = ["href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href", "background", "cite"];

    public static void AssertSafe(string html, string context)
    {
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            var attributes = Attribute().Matches(tag.Groups["attributes"].Value)
                .ToDictionary(a => a.Groups["name"].Value.ToLowerInvariant(), a => WebUtility.HtmlDecode(a.Groups["value"].Value), StringComparer.Ordinal);
            Assert.False(name is "iframe" or "object" or "embed" or "style" or "svg" or "math" or "base", $"<{name}> on {context}: {tag.Value}");
            if (name == "script")
            {
                Assert.True(attributes.TryGetValue("src", out var src) && src.StartsWith("/js/", StringComparison.Ordinal), $"script not from /js/ on {context}: {tag.Value}");
            }
            foreach (var (attribute, value) in attributes)
            {
                Assert.False(attribute.StartsWith("on", StringComparison.Ordinal) || attribute == "style", $"{attribute} attribute on {context}: {tag.Value}");
                if (!UrlAttributes.Contains(attribute)) continue;
                var compact = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
                var scheme = Scheme().Match(compact) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;
                Assert.True(scheme is null || AllowedSchemes.Contains(scheme), $"{attribute} with scheme {scheme} on {context}: {tag.Value}");
            }
        }
    }

    /// <summary>The decoded <c>content</c> of <c>&lt;meta property|name="key"&gt;</c>.</summary>
    public static string Meta(string html, string key)
    {
        var match = Regex.Match(html, $"<meta (?:property|name)=\"{Regex.Escape(key)}\" content=\"([^\"]*)\">");
        Assert.True(match.Success, $"no meta {key}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("""<(?<name>[a-zA-Z][a-zA-Z0-9:-]*)(?<attributes>(?:[^>"']|"[^"]*"|'[^']*')*)>""")]
    private static partial Regex Tag();

    [GeneratedRegex("""(?<name>[^\s"'>/=]+)(?:\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'=<>`]+)))?""")]
    private static partial Regex Attribute();

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();
}
