using System.Text;

namespace CyberDiplomacy.Core.Briefing.Epub;

/// <summary>One content document of the EPUB: an HTML5 page in XML syntax around a body already written as XHTML.</summary>
public static class XhtmlPage
{
    public const string Stylesheet = "style.css";

    public static byte[] Write(string title, string lang, string body)
    {
        var language = Text(lang);
        var page = new StringBuilder()
            .Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
            .Append("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"")
            .Append(language).Append("\" lang=\"").Append(language).Append("\">\n<head>\n<meta charset=\"utf-8\" />\n<title>")
            .Append(Text(title)).Append("</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"").Append(Stylesheet).Append("\" />\n</head>\n<body>\n")
            .Append(body)
            .Append("\n</body>\n</html>\n");
        return new UTF8Encoding(false).GetBytes(page.ToString());
    }

    /// <summary>Text or an attribute value for XHTML: XML's own escapes only, never a named HTML entity.</summary>
    public static string Text(string? value) => HtmlTokenWriter.Encode(value ?? "", MarkupSyntax.Xhtml);
}
