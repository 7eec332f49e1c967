using System.Globalization;
using System.Text;
using System.Xml;

namespace CyberDiplomacy.Core.Briefing.Epub;

/// <summary>A file of the publication; <see cref="InSpine"/> files are read in the order given.</summary>
public sealed record EpubItem(string Id, string Href, string MediaType, byte[] Content, bool InSpine, string? Properties = null);

public sealed record EpubMetadata(string Identifier, string Title, IReadOnlyList<string> Languages, DateTimeOffset Modified,
    string Publisher, string Source, string Description);

/// <summary>The EPUB 3 package document (<c>package.opf</c>): metadata, manifest and spine.</summary>
public static class EpubPackage
{
    private const string OpfNamespace = "http://www.idpf.org/2007/opf";
    private const string DcNamespace = "http://purl.org/dc/elements/1.1/";

    public const string XhtmlMediaType = "application/xhtml+xml";

    public static byte[] Write(EpubMetadata metadata, IReadOnlyList<EpubItem> items)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("package", OpfNamespace);
            xml.WriteAttributeString("version", "3.0");
            xml.WriteAttributeString("unique-identifier", "pub-id");
            xml.WriteAttributeString("xml", "lang", null, metadata.Languages[0]);

            xml.WriteStartElement("metadata", OpfNamespace);
            xml.WriteAttributeString("xmlns", "dc", null, DcNamespace);
            Dc(xml, "identifier", metadata.Identifier, "pub-id");
            Dc(xml, "title", metadata.Title);
            foreach (var (language, index) in metadata.Languages.Select((l, i) => (l, i)))
            {
                Dc(xml, "language", language, index == 0 ? "lang" : null);
            }
            Dc(xml, "publisher", metadata.Publisher);
            Dc(xml, "source", metadata.Source);
            Dc(xml, "description", metadata.Description);
            Dc(xml, "date", metadata.Modified.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteStartElement("meta", OpfNamespace);
            xml.WriteAttributeString("property", "dcterms:modified");
            xml.WriteString(metadata.Modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("manifest", OpfNamespace);
            foreach (var item in items)
            {
                xml.WriteStartElement("item", OpfNamespace);
                xml.WriteAttributeString("id", item.Id);
                xml.WriteAttributeString("href", item.Href);
                xml.WriteAttributeString("media-type", item.MediaType);
                if (item.Properties is not null) xml.WriteAttributeString("properties", item.Properties);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();

            xml.WriteStartElement("spine", OpfNamespace);
            foreach (var item in items.Where(i => i.InSpine))
            {
                xml.WriteStartElement("itemref", OpfNamespace);
                xml.WriteAttributeString("idref", item.Id);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void Dc(XmlWriter xml, string element, string value, string? id = null)
    {
        xml.WriteStartElement("dc", element, DcNamespace);
        if (id is not null) xml.WriteAttributeString("id", id);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
