using System.Net;

namespace CyberDiplomacy.Core.Briefing;

/// <summary>One piece of an HTML fragment: text (decoded), a start tag with its attributes (values decoded) or an end tag.</summary>
public abstract record HtmlToken;

public sealed record HtmlText(string Text) : HtmlToken;

public sealed record HtmlStartTag(string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes, bool SelfClosing) : HtmlToken
{
    public string? Attribute(string name) => Attributes.FirstOrDefault(a => a.Key == name) is { Key: not null } found ? found.Value : null;
}

public sealed record HtmlEndTag(string Name) : HtmlToken;

/// <summary>
/// Splits the HTML the ingest stored (Markdig's output with raw HTML disabled) into tags and text. That input is
/// regular: every <c>&lt;</c> in text is written as <c>&amp;lt;</c>, attribute values are double-quoted and escaped,
/// there is no script or style. The tokenizer still reads any quoting and decodes every entity, and whatever it
/// cannot read as a tag it keeps as text, so the writer re-escapes it: the output is safe even for input it never saw.
/// </summary>
public static class HtmlTokenizer
{
    public static IEnumerable<HtmlToken> Read(string html)
    {
        var position = 0;
        var text = new System.Text.StringBuilder();
        while (position < html.Length)
        {
            var open = html.IndexOf('<', position);
            if (open < 0)
            {
                text.Append(html, position, html.Length - position);
                break;
            }
            text.Append(html, position, open - position);
            if (html.AsSpan(open).StartsWith("<!--"))
            {
                var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                position = close < 0 ? html.Length : close + 3; // comments carry nothing a reader sees
                continue;
            }
            var tag = ReadTag(html, open, out var next);
            if (tag is null)
            {
                text.Append('<');
                position = open + 1;
                continue;
            }
            if (text.Length > 0)
            {
                yield return new HtmlText(WebUtility.HtmlDecode(text.ToString()));
                text.Clear();
            }
            yield return tag;
            position = next;
        }
        if (text.Length > 0) yield return new HtmlText(WebUtility.HtmlDecode(text.ToString()));
    }

    private static HtmlToken? ReadTag(string html, int open, out int next)
    {
        next = open;
        var i = open + 1;
        var closing = i < html.Length && html[i] == '/';
        if (closing) i++;
        var nameStart = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-')) i++;
        if (i == nameStart || !char.IsAsciiLetter(html[nameStart])) return null;
        var name = html[nameStart..i].ToLowerInvariant();
        var attributes = new List<KeyValuePair<string, string>>();
        while (true)
        {
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length) return null;
            if (html[i] == '>')
            {
                next = i + 1;
                return closing ? new HtmlEndTag(name) : new HtmlStartTag(name, attributes, SelfClosing: false);
            }
            if (html[i] == '/' && i + 1 < html.Length && html[i + 1] == '>')
            {
                next = i + 2;
                return closing ? new HtmlEndTag(name) : new HtmlStartTag(name, attributes, SelfClosing: true);
            }
            var attributeStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/' or '"' or '\'' or '<')) i++;
            if (i == attributeStart) return null;
            var attribute = html[attributeStart..i].ToLowerInvariant();
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
                if (i >= html.Length) return null;
                if (html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var end = html.IndexOf(quote, i + 1);
                    if (end < 0) return null;
                    value = html[(i + 1)..end];
                    i = end + 1;
                }
                else
                {
                    var valueStart = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                    value = html[valueStart..i];
                }
            }
            // A repeated attribute: browsers keep the first one, and so do we.
            if (!attributes.Exists(a => a.Key == attribute)) attributes.Add(new(attribute, WebUtility.HtmlDecode(value)));
        }
    }
}
