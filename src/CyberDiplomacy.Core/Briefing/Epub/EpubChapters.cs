using System.Text;
using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Briefing.Epub;

/// <summary>The bodies of the EPUB's content documents, in XHTML.</summary>
internal sealed class EpubChapters(BriefingPack pack, BriefingLabels labels, PackMarkup markup)
{
    public string Cover(string packUrl)
    {
        var body = new StringBuilder("<section epub:type=\"titlepage\" class=\"cover\">\n")
            .Append("<h1 id=\"").Append(PackAnchors.Cover).Append("\">").Append(T(labels.Title)).Append("</h1>\n")
            .Append("<p>").Append(T(labels.Compiled)).Append("</p>\n")
            .Append("<p><a href=\"").Append(T(packUrl)).Append("\">").Append(T(packUrl)).Append("</a></p>\n");
        if (labels.Omitted is not null) body.Append("<p class=\"notice\">").Append(T(labels.Omitted)).Append("</p>\n");
        return body.Append("</section>").ToString();
    }

    public string Chapter(PackText text)
    {
        var body = new StringBuilder("<section epub:type=\"chapter\" id=\"").Append(text.Anchor).Append("\">\n")
            .Append("<h1>").Append(T(text.Title)).Append("</h1>\n");
        if (pack.Articles.FirstOrDefault(a => a.Text == text) is { } article)
        {
            body.Append("<p class=\"lead\">").Append(T(article.Summary)).Append("</p>\n");
        }
        if (pack.Documents.FirstOrDefault(d => d.Text == text) is { } document) Facts(body, document);
        // Each chapter is a file with its title as h1, so the text's own h2 stay h2.
        return body.Append(markup.Body(text, headingShift: 0)).Append("\n</section>").ToString();
    }

    public string Glossary()
    {
        var body = new StringBuilder("<section epub:type=\"glossary\">\n<h1>").Append(T(labels.Glossary)).Append("</h1>\n<dl class=\"glossary\">\n");
        foreach (var term in pack.Terms)
        {
            body.Append("<dt id=\"").Append(PackAnchors.Term(term.Slug)).Append("\">").Append(T(term.Term));
            if (term.Abbreviation is not null) body.Append(" (").Append(T(term.Abbreviation)).Append(')');
            body.Append(" <span class=\"term-en\" xml:lang=\"en\" lang=\"en\">").Append(T(term.English)).Append("</span></dt>\n")
                .Append("<dd>").Append(T(term.Definition)).Append("</dd>\n");
        }
        return body.Append("</dl>\n</section>").ToString();
    }

    public string Sources()
    {
        var body = new StringBuilder("<section epub:type=\"bibliography\">\n<h1>").Append(T(labels.Sources)).Append("</h1>\n");
        foreach (var text in pack.Chapters.Where(c => c.Sources.Count > 0))
        {
            body.Append("<h2 id=\"").Append(PackAnchors.SourcesOf(text.Anchor)).Append("\">")
                .Append("<a href=\"").Append(BriefingEpub.ChapterFile(text.Anchor)).Append("\">").Append(T(text.Title)).Append("</a></h2>\n<ol class=\"sources\">\n");
            foreach (var source in text.Sources)
            {
                body.Append("<li id=\"").Append(PackAnchors.Source(text.Anchor, source.Number)).Append("\" value=\"").Append(source.Number).Append("\">");
                if (source.Cited)
                {
                    body.Append("<a class=\"cite-back\" href=\"").Append(BriefingEpub.ChapterFile(text.Anchor)).Append('#')
                        .Append(PackAnchors.FirstCitation(text.Anchor, source.Number)).Append("\" title=\"").Append(T(labels.BackToCitation)).Append("\">↑</a> ");
                }
                body.Append(T(source.Title));
                var meta = string.Join(", ", new[] { source.Publisher, source.Date, source.Primary ? labels.PrimarySource : null }.OfType<string>());
                if (meta.Length > 0) body.Append(" — ").Append(T(meta));
                if (source.Url is not null) body.Append("<br /><a class=\"url\" href=\"").Append(T(source.Url)).Append("\">").Append(T(source.Url)).Append("</a>");
                body.Append("</li>\n");
            }
            body.Append("</ol>\n");
        }
        return body.Append("</section>").ToString();
    }

    private void Facts(StringBuilder body, PackDocument document)
    {
        body.Append("<dl class=\"facts\">\n");
        Fact(body, labels.Symbol, document.Symbol);
        Fact(body, labels.IssuedBy, document.IssuedBy);
        Fact(body, labels.Adopted, Date(document.Adopted));
        Fact(body, labels.InForce, Date(document.InForce));
        if (document.OfficialUrl is not null)
        {
            body.Append("<dt>").Append(T(labels.OfficialText)).Append("</dt><dd><a href=\"").Append(T(document.OfficialUrl)).Append("\">")
                .Append(T(document.OfficialUrl)).Append("</a></dd>\n");
        }
        if (document.CitedBy.Count > 0)
        {
            body.Append("<dt>").Append(T(labels.CitedIn)).Append("</dt><dd>");
            foreach (var (slug, index) in document.CitedBy.Select((s, i) => (s, i)))
            {
                var article = pack.Articles.First(a => a.Text.Slug == slug).Text;
                if (index > 0) body.Append(", ");
                body.Append("<a href=\"").Append(BriefingEpub.ChapterFile(article.Anchor)).Append("\">").Append(T(article.Title)).Append("</a>");
            }
            body.Append("</dd>\n");
        }
        body.Append("</dl>\n");
    }

    private static void Fact(StringBuilder body, string label, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        body.Append("<dt>").Append(T(label)).Append("</dt><dd>").Append(T(value)).Append("</dd>\n");
    }

    private string? Date(string? value) => PartialDate.TryParse(value, out var date) ? date.ToDisplayString(labels.Culture) : value;

    private static string T(string? value) => XhtmlPage.Text(value);
}
