using System.Security.Cryptography;
using System.Text;
using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Briefing.Epub;

/// <summary>
/// A briefing pack as an EPUB 3: a title page, one chapter per article and per document, the glossary and the
/// sources as chapters of their own, a navigation document and the stylesheet. Links to terms lead to the glossary
/// chapter; links to what the pack does not hold stay absolute, to the site.
/// </summary>
public static class BriefingEpub
{
    private const string CoverFile = "cover.xhtml";
    private const string NavFile = "nav.xhtml";
    private const string GlossaryFile = "glossary.xhtml";
    private const string SourcesFile = "sources.xhtml";

    public static string ChapterFile(string chapterAnchor) => chapterAnchor + ".xhtml";

    /// <param name="packUrl">The absolute URL of the pack's page: the book's source, and where its identifier comes from.</param>
    public static byte[] Write(BriefingPack pack, BriefingLabels labels, string siteUrl, string packUrl, DateTimeOffset modified)
    {
        var markup = new PackMarkup(pack, new PackLocations(ChapterFile, GlossaryFile, SourcesFile), siteUrl, MarkupSyntax.Xhtml);
        var chapters = new EpubChapters(pack, labels, markup);
        var items = new List<EpubItem>
        {
            Page("cover", CoverFile, XhtmlPage.Write(labels.Title, "id", chapters.Cover(packUrl))),
            new("nav", NavFile, EpubPackage.XhtmlMediaType, XhtmlPage.Write(labels.Contents, "id", Navigation(pack, labels)), InSpine: true, Properties: "nav"),
        };
        foreach (var text in pack.Chapters)
        {
            items.Add(Page(text.Anchor, ChapterFile(text.Anchor), XhtmlPage.Write(text.Title, text.Lang, chapters.Chapter(text))));
        }
        if (pack.Terms.Count > 0) items.Add(Page("glossary", GlossaryFile, XhtmlPage.Write(labels.Glossary, "id", chapters.Glossary())));
        if (pack.Chapters.Any(c => c.Sources.Count > 0)) items.Add(Page("sources", SourcesFile, XhtmlPage.Write(labels.Sources, "id", chapters.Sources())));
        items.Add(new EpubItem("style", XhtmlPage.Stylesheet, "text/css", Stylesheet(), InSpine: false));

        var metadata = new EpubMetadata(Identifier(packUrl), labels.Title, pack.Languages, modified,
            "Pustaka Diplomasi Siber", packUrl, labels.Compiled);
        var files = items.Select(i => (i.Href, i.Content)).Prepend(("package.opf", EpubPackage.Write(metadata, items)));
        return EpubArchive.Write(files, modified);
    }

    private static EpubItem Page(string id, string href, byte[] content) => new(id, href, EpubPackage.XhtmlMediaType, content, InSpine: true);

    private static string Navigation(BriefingPack pack, BriefingLabels labels)
    {
        var nav = new StringBuilder();
        nav.Append("<nav epub:type=\"toc\" id=\"toc\">\n<h1>").Append(XhtmlPage.Text(labels.Contents)).Append("</h1>\n<ol>\n");
        nav.Append("<li><a href=\"").Append(CoverFile).Append("\">").Append(XhtmlPage.Text(labels.Title)).Append("</a></li>\n");
        Group(nav, labels.Articles, pack.Articles.Select(a => a.Text));
        Group(nav, labels.Documents, pack.Documents.Select(d => d.Text));
        if (pack.Terms.Count > 0) nav.Append("<li><a href=\"").Append(GlossaryFile).Append("\">").Append(XhtmlPage.Text(labels.Glossary)).Append("</a></li>\n");
        if (pack.Chapters.Any(c => c.Sources.Count > 0)) nav.Append("<li><a href=\"").Append(SourcesFile).Append("\">").Append(XhtmlPage.Text(labels.Sources)).Append("</a></li>\n");
        nav.Append("</ol>\n</nav>");
        return nav.ToString();
    }

    private static void Group(StringBuilder nav, string label, IEnumerable<PackText> texts)
    {
        var list = texts.ToList();
        if (list.Count == 0) return;
        // A nav list item that only groups has a span, not a link: the group is not a place in the book.
        nav.Append("<li><span>").Append(XhtmlPage.Text(label)).Append("</span>\n<ol>\n");
        foreach (var text in list)
        {
            nav.Append("<li><a href=\"").Append(ChapterFile(text.Anchor)).Append("\" xml:lang=\"").Append(text.Lang).Append("\" lang=\"").Append(text.Lang).Append("\">")
                .Append(XhtmlPage.Text(text.Title)).Append("</a></li>\n");
        }
        nav.Append("</ol>\n</li>\n");
    }

    /// <summary>The same pack of the same content gets the same identifier, so a reader's library replaces it rather than adding a copy.</summary>
    private static string Identifier(string packUrl)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(packUrl));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // name-based UUID layout (version 5, RFC 9562 variant)
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    private static byte[] Stylesheet()
    {
        using var stream = typeof(BriefingEpub).Assembly.GetManifestResourceStream("CyberDiplomacy.Core.Briefing.Epub.epub.css")
            ?? throw new InvalidOperationException("epub.css is not embedded in CyberDiplomacy.Core");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
