using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using CyberDiplomacy.Core.Briefing;
using CyberDiplomacy.Core.Briefing.Epub;
using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Tests.Briefing;

/// <summary>The EPUB's container: what a reading system looks at before any chapter (EPUBCheck runs in the Web tests).</summary>
public sealed class BriefingEpubTests
{
    private static readonly DateTimeOffset Modified = new(2026, 12, 5, 8, 30, 0, TimeSpan.Zero);

    private static byte[] Epub()
    {
        var article = new PackArticle(new PackText(DocumentKind.Article, "cyber-diplomacy", "Cyber Diplomacy", "en", null,
            "<h2 id=\"what\">What</h2>\n<p>See <a href=\"/glossary/norma\" class=\"term-link\">norms</a> " +
            "<sup class=\"cite\">[<a href=\"#source-1\" id=\"cite-1\">1</a>]</sup>.</p>",
            [new HeadingEntry(2, "what", "What")], [new PackSource(1, "Report", "https://undocs.org/A/70/174", "UN", "2015", true, true)]), "Summary.", []);
        var pack = new BriefingPack(new BriefingSelection("diplomasi", [], []), [article], [],
            [new PackTerm("norma", "Norma siber", "Cyber norms", null, "Aturan perilaku.")], 0);
        var labels = new BriefingLabels(CultureInfo.GetCultureInfo("id"), "Paket Briefing: diplomasi", "Disusun 5 Desember 2026.", "Daftar isi",
            "Artikel", "Dokumen", "Glosarium", "Sumber", "Simbol", "Diterbitkan oleh", "Diadopsi", "Berlaku", "Naskah resmi", "Dikutip dalam",
            "Bahasa Inggris", "Singkatan", "sumber primer", "Kembali ke kutipan", null);
        return BriefingEpub.Write(pack, labels, "https://pustaka.example", "https://pustaka.example/briefing?tag=diplomasi", Modified);
    }

    [Fact]
    public void Mimetype_comes_first_stored_and_without_extra_fields()
    {
        var bytes = Epub();
        Assert.Equal("PK\u0003\u0004", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 8)); // compression method: stored
        Assert.Equal(8, BitConverter.ToUInt16(bytes, 26)); // file name length
        Assert.Equal(0, BitConverter.ToUInt16(bytes, 28)); // extra field length
        Assert.Equal("mimetypeapplication/epub+zip", Encoding.ASCII.GetString(bytes, 30, 28));
    }

    [Fact]
    public void Every_xml_file_is_well_formed_and_the_package_names_them_all()
    {
        using var zip = new ZipArchive(new MemoryStream(Epub()));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(["mimetype", "META-INF/container.xml", "EPUB/package.opf"], names.Take(3));
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xhtml", StringComparison.Ordinal) || e.FullName.EndsWith(".opf", StringComparison.Ordinal) || e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            XDocument.Load(stream);
        }
        var opf = Load(zip, "EPUB/package.opf");
        XNamespace ns = "http://www.idpf.org/2007/opf";
        var hrefs = opf.Descendants(ns + "item").Select(i => "EPUB/" + (string)i.Attribute("href")!).ToList();
        Assert.Equal(names.Skip(3).Order(StringComparer.Ordinal), hrefs.Order(StringComparer.Ordinal));
        Assert.Equal("2026-12-05T08:30:00Z", opf.Descendants(ns + "meta").Single(m => (string?)m.Attribute("property") == "dcterms:modified").Value);
        Assert.Equal(["id", "en"], opf.Descendants(XName.Get("language", "http://purl.org/dc/elements/1.1/")).Select(l => l.Value));
    }

    [Fact]
    public void Chapters_keep_their_language_and_term_links_reach_the_glossary_chapter()
    {
        using var zip = new ZipArchive(new MemoryStream(Epub()));
        var chapter = Load(zip, "EPUB/article-cyber-diplomacy.xhtml");
        Assert.Equal("en", (string?)chapter.Root!.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("en", (string?)chapter.Root!.Attribute("lang"));
        var hrefs = chapter.Descendants().Select(e => (string?)e.Attribute("href")).OfType<string>().ToList();
        Assert.Contains("glossary.xhtml#glossary-norma", hrefs);
        Assert.Contains("sources.xhtml#article-cyber-diplomacy--source-1", hrefs);
        var glossary = Load(zip, "EPUB/glossary.xhtml");
        Assert.Contains(glossary.Descendants(), e => (string?)e.Attribute("id") == "glossary-norma");
    }

    [Fact]
    public void The_same_pack_is_the_same_bytes() => Assert.Equal(Epub(), Epub());

    private static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }
}
