using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CyberDiplomacy.Tests.Export;

/// <summary>
/// A strict RFC 4180 reader, to read the glossary CSV back the way a spreadsheet does: fields separated by commas,
/// records by CRLF, a quoted field may hold commas, line breaks and doubled quotes; a quote anywhere else is an error.
/// </summary>
internal static class Rfc4180
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] != ',' && text[i] != '\r') throw new FormatException($"text after a closing quote at {i}");
                continue;
            }
            switch (text[i])
            {
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r':
                    if (i + 1 >= text.Length || text[i + 1] != '\n') throw new FormatException($"CR without LF at {i}");
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    i += 2;
                    break;
                case '"' or '\n':
                    throw new FormatException($"bare {(text[i] == '"' ? "quote" : "LF")} in an unquoted field at {i}");
                default:
                    field.Append(text[i++]);
                    break;
            }
        }
        if (field.Length > 0 || record.Count > 0) throw new FormatException("the last record does not end with CRLF");
        return records;
    }
}

/// <summary>One concept of a TBX file, read back after its structure was checked.</summary>
internal sealed record TbxConcept(string Id, string? Definition, IReadOnlyList<(string Term, string Type)> Indonesian, IReadOnlyList<(string Term, string Type)> English);

/// <summary>
/// Reads a glossary TBX file back, asserting the TBX-Basic (ISO 30042:2019, DCA style) structure on the way: root
/// attributes and namespace, header with fileDesc and sourceDesc, text/body of conceptEntry elements with unique XML
/// IDs, langSecs with xml:lang and at least one termSec, each termSec a term and termType notes from the TBX-Basic
/// picklist, definitions only at langSec level, and no element outside the TBX namespace.
/// </summary>
internal static class TbxBasic
{
    private static readonly XNamespace Tbx = "urn:iso:std:iso:30042:ed-2";
    private static readonly string[] TermTypes = ["fullForm", "acronym", "abbreviation", "shortForm", "variant", "phrase"];

    public static List<TbxConcept> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var document = XDocument.Load(XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }));
        var root = document.Root!;
        Assert.Equal(Tbx + "tbx", root.Name);
        Assert.Equal("TBX-Basic", (string?)root.Attribute("type"));
        Assert.Equal("dca", (string?)root.Attribute("style"));
        Assert.False(string.IsNullOrEmpty((string?)root.Attribute(XNamespace.Xml + "lang")), "tbx needs xml:lang");
        Assert.All(document.Descendants(), e => Assert.Equal(Tbx, e.Name.Namespace));
        Assert.Equal([Tbx + "tbxHeader", Tbx + "text"], root.Elements().Select(e => e.Name));
        var fileDesc = Assert.Single(root.Element(Tbx + "tbxHeader")!.Elements(Tbx + "fileDesc"));
        Assert.NotEmpty(fileDesc.Elements(Tbx + "sourceDesc").Elements(Tbx + "p"));
        var body = Assert.Single(root.Element(Tbx + "text")!.Elements());
        Assert.Equal(Tbx + "body", body.Name);

        var concepts = body.Elements().Select(ReadConcept).ToList();
        Assert.NotEmpty(concepts);
        Assert.Equal(concepts.Count, concepts.Select(c => c.Id).Distinct().Count());
        return concepts;
    }

    private static TbxConcept ReadConcept(XElement concept)
    {
        Assert.Equal(Tbx + "conceptEntry", concept.Name);
        var id = (string?)concept.Attribute("id") ?? "";
        XmlConvert.VerifyNCName(id); // an XML ID
        var languages = concept.Elements(Tbx + "langSec").ToList();
        Assert.NotEmpty(languages);
        Assert.All(languages, l => Assert.NotEmpty(l.Elements(Tbx + "termSec")));
        Assert.Equal(languages.Count, languages.Select(l => (string?)l.Attribute(XNamespace.Xml + "lang")).Distinct().Count());
        foreach (var definition in concept.Descendants(Tbx + "descrip").Where(d => (string?)d.Attribute("type") == "definition"))
        {
            Assert.Equal(Tbx + "langSec", definition.Parent!.Name);
            // Within a langSec the descriptions come before the term sections.
            Assert.DoesNotContain(definition.ElementsBeforeSelf(), e => e.Name == Tbx + "termSec");
        }
        return new TbxConcept(id,
            (string?)Language(concept, "id")?.Elements(Tbx + "descrip").FirstOrDefault(d => (string?)d.Attribute("type") == "definition"),
            Terms(Language(concept, "id")), Terms(Language(concept, "en")));
    }

    private static XElement? Language(XElement concept, string lang) =>
        concept.Elements(Tbx + "langSec").FirstOrDefault(l => (string?)l.Attribute(XNamespace.Xml + "lang") == lang);

    private static List<(string, string)> Terms(XElement? language) =>
        language?.Elements(Tbx + "termSec").Select(section =>
        {
            Assert.Equal(Tbx + "term", section.Elements().First().Name);
            var type = Assert.Single(section.Elements(Tbx + "termNote"), n => (string?)n.Attribute("type") == "termType");
            Assert.Contains(type.Value, TermTypes);
            return (section.Element(Tbx + "term")!.Value, type.Value);
        }).ToList() ?? [];
}
