using System.Text;
using System.Xml;

namespace CyberDiplomacy.Core.Briefing;

/// <summary>How markup is written: HTML for the page, XHTML (the XML serialization of HTML5) for the EPUB.</summary>
public enum MarkupSyntax
{
    Html,
    Xhtml,
}

/// <summary>
/// Writes tokens back as markup, escaping every text and attribute value itself. In XHTML, void elements are
/// closed (<c>&lt;br /&gt;</c>), attributes always have a quoted value, no named entity is written (only XML's own
/// <c>&amp;amp; &amp;lt; &amp;gt; &amp;quot;</c>) and characters XML 1.0 forbids are dropped.
/// </summary>
public sealed class HtmlTokenWriter(MarkupSyntax syntax)
{
    private static readonly HashSet<string> VoidElements =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    private readonly StringBuilder _output = new();

    public static bool IsVoid(string element) => VoidElements.Contains(element);

    public HtmlTokenWriter Write(HtmlToken token)
    {
        switch (token)
        {
            case HtmlText text:
                Escape(text.Text, attribute: false);
                break;
            case HtmlStartTag start:
                WriteStart(start);
                break;
            case HtmlEndTag end when !IsVoid(end.Name):
                _output.Append("</").Append(end.Name).Append('>');
                break;
        }
        return this;
    }

    public override string ToString() => _output.ToString();

    private void WriteStart(HtmlStartTag start)
    {
        _output.Append('<').Append(start.Name);
        foreach (var (name, value) in start.Attributes)
        {
            _output.Append(' ').Append(name).Append("=\"");
            Escape(value, attribute: true); // "disabled" with no value reads as disabled="": valid in both syntaxes
            _output.Append('"');
        }
        if (IsVoid(start.Name))
        {
            _output.Append(syntax == MarkupSyntax.Xhtml ? " />" : ">");
        }
        else if (start.SelfClosing)
        {
            // "<p/>" is only a start tag in HTML: write what it means, an empty element.
            _output.Append("></").Append(start.Name).Append('>');
        }
        else
        {
            _output.Append('>');
        }
    }

    private void Escape(string value, bool attribute) => Escape(_output, value, syntax, attribute);

    /// <summary>Text or an attribute value (quotes escaped too), for either syntax.</summary>
    public static string Encode(string value, MarkupSyntax syntax) => Escape(new StringBuilder(value.Length + 16), value, syntax, attribute: true).ToString();

    private static StringBuilder Escape(StringBuilder output, string value, MarkupSyntax syntax, bool attribute)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '"' when attribute: output.Append("&quot;"); break;
                default:
                    if (syntax == MarkupSyntax.Html || XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)) output.Append(c);
                    break;
            }
        }
        return output;
    }
}
