using System.Text;
using System.Xml;

namespace CyberDiplomacy.Core.Export;

/// <summary>
/// The glossary as TBX-Basic (ISO 30042:2019, data categories as attributes), the exchange format terminology and
/// translation tools import: one <c>conceptEntry</c> per term with an Indonesian <c>langSec</c> (the definition, the
/// term as full form, its abbreviation, its aliases as variants) and an English one (the English equivalent).
/// </summary>
public static class GlossaryTbx
{
    public const string Namespace = "urn:iso:std:iso:30042:ed-2";
    public const string Dialect = "TBX-Basic";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>The <c>id</c> of a term's <c>conceptEntry</c>: an XML ID may not start with a digit, a slug may.</summary>
    public static string ConceptId(string slug) => "term-" + slug;

    public static byte[] Write(IEnumerable<ExportedTerm> terms)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("tbx", Namespace);
            xml.WriteAttributeString("type", Dialect);
            xml.WriteAttributeString("style", "dca");
            xml.WriteAttributeString("xml", "lang", XmlNamespace, "id");
            WriteHeader(xml);
            xml.WriteStartElement("text", Namespace);
            xml.WriteStartElement("body", Namespace);
            foreach (var term in terms) WriteConcept(xml, term);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void WriteHeader(XmlWriter xml)
    {
        xml.WriteStartElement("tbxHeader", Namespace);
        xml.WriteStartElement("fileDesc", Namespace);
        xml.WriteStartElement("titleStmt", Namespace);
        xml.WriteElementString("title", Namespace, "Glosarium Pustaka Diplomasi Siber");
        xml.WriteEndElement();
        xml.WriteStartElement("sourceDesc", Namespace);
        xml.WriteElementString("p", Namespace,
            "Istilah diplomasi dan keamanan siber berbahasa Indonesia dengan padanan bahasa Inggris dan definisi singkat, dari content/glossary.");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteConcept(XmlWriter xml, ExportedTerm term)
    {
        xml.WriteStartElement("conceptEntry", Namespace);
        xml.WriteAttributeString("id", ConceptId(term.Slug));

        StartLanguage(xml, "id");
        if (term.Definition.Length > 0)
        {
            xml.WriteStartElement("descrip", Namespace);
            xml.WriteAttributeString("type", "definition");
            xml.WriteString(term.Definition);
            xml.WriteEndElement();
        }
        WriteTerm(xml, term.Term, "fullForm");
        var written = new HashSet<string>([term.Term], StringComparer.OrdinalIgnoreCase);
        if (term.Abbr is { Length: > 0 } abbr && written.Add(abbr)) WriteTerm(xml, abbr, "abbreviation");
        // The content does not say which language an alias is in; aliases are listed as Indonesian variants.
        foreach (var alias in term.Aliases.Where(written.Add)) WriteTerm(xml, alias, "variant");
        xml.WriteEndElement();

        if (term.En.Length > 0)
        {
            StartLanguage(xml, "en");
            WriteTerm(xml, term.En, "fullForm");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void StartLanguage(XmlWriter xml, string lang)
    {
        xml.WriteStartElement("langSec", Namespace);
        xml.WriteAttributeString("xml", "lang", XmlNamespace, lang);
    }

    private static void WriteTerm(XmlWriter xml, string text, string termType)
    {
        xml.WriteStartElement("termSec", Namespace);
        xml.WriteElementString("term", Namespace, text);
        xml.WriteStartElement("termNote", Namespace);
        xml.WriteAttributeString("type", "termType");
        xml.WriteString(termType);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
