using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Briefing;

/// <summary>
/// A chapter's stored HTML as it reads inside a pack. Markdown is parsed once, at ingest, and the store keeps only
/// the HTML (rendering again per request would need Markdig and the glossary of the ingest), so the pack rewrites
/// that HTML through a tokenizer, never a pattern over text:
/// <list type="bullet">
/// <item>every id gets the chapter's prefix, and so does every in-page link to it (headings, citations, footnotes);</item>
/// <item>citations point at the chapter's part of the pack's source list;</item>
/// <item>links to terms, articles and documents in the pack point at them in the pack; other site links become absolute;</item>
/// <item>headings move down below the chapter's own title;</item>
/// <item>for the EPUB: XHTML, no images (a pack carries none of the site's files), no references to another file's ids.</item>
/// </list>
/// </summary>
public sealed class PackMarkup(BriefingPack pack, PackLocations locations, string siteUrl, MarkupSyntax syntax)
{
    private readonly HashSet<string> _articles = pack.Articles.Select(a => a.Text.Slug).ToHashSet();
    private readonly HashSet<string> _documents = pack.Documents.Select(d => d.Text.Slug).ToHashSet();

    public MarkupSyntax Syntax => syntax;

    /// <summary>The chapter's body, rewritten for the pack.</summary>
    /// <param name="headingShift">How many levels the text's headings move down, below the chapter's own title (an h2 on the page, h3 for a document there).</param>
    public string Body(PackText text, int headingShift)
    {
        var writer = new HtmlTokenWriter(syntax);
        foreach (var token in HtmlTokenizer.Read(text.Html))
        {
            writer.Write(token switch
            {
                HtmlStartTag { Name: "img" } image when syntax == MarkupSyntax.Xhtml => new HtmlText(image.Attribute("alt") ?? ""),
                HtmlStartTag start => start with { Name = Demoted(start.Name, headingShift), Attributes = Rewrite(start.Attributes, text.Anchor) },
                HtmlEndTag end => end with { Name = Demoted(end.Name, headingShift) },
                _ => token,
            });
        }
        return writer.ToString();
    }

    /// <summary>Where a link to a site URL goes from inside the pack.</summary>
    public string Href(string url, string? chapter = null)
    {
        if (url.StartsWith('#') && chapter is not null)
        {
            var local = url[1..];
            return local.StartsWith("source-", StringComparison.Ordinal)
                ? locations.SourcesFile + "#" + PackAnchors.Within(chapter, local)
                : locations.ChapterFile(chapter) + "#" + PackAnchors.Within(chapter, local);
        }
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) return url;
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? null : url[(hash + 1)..];
        if (SiteUrls.TermSlug(path) is { } term && pack.HasTerm(term)) return locations.GlossaryFile + "#" + PackAnchors.Term(term);
        if ((InPack(path, SiteUrls.Articles, _articles, DocumentKind.Article) ?? InPack(path, SiteUrls.Documents, _documents, DocumentKind.Document)) is { } target)
        {
            return locations.ChapterFile(target) + "#" + (string.IsNullOrEmpty(fragment) ? target : PackAnchors.Within(target, fragment));
        }
        return siteUrl + url;
    }

    /// <summary>The chapter anchor of a link to an article or document the pack holds.</summary>
    private static string? InPack(string path, string prefix, HashSet<string> slugs, DocumentKind kind) =>
        path.StartsWith(prefix + "/", StringComparison.Ordinal) && path[(prefix.Length + 1)..] is var slug && slugs.Contains(slug)
            ? PackAnchors.Chapter(kind, slug) : null;

    private List<KeyValuePair<string, string>> Rewrite(IReadOnlyList<KeyValuePair<string, string>> attributes, string chapter)
    {
        var rewritten = new List<KeyValuePair<string, string>>(attributes.Count);
        foreach (var (name, value) in attributes)
        {
            switch (name)
            {
                case "id":
                    rewritten.Add(new(name, PackAnchors.Within(chapter, value)));
                    break;
                case "href":
                    rewritten.Add(new(name, Href(value, chapter)));
                    // A linked term is described by its definition in the pack's glossary, on the same page; in an
                    // EPUB that glossary is another file, which aria-describedby cannot name.
                    if (syntax == MarkupSyntax.Html && SiteUrls.TermSlug(value) is { } term && pack.HasTerm(term))
                    {
                        rewritten.Add(new("aria-describedby", PackAnchors.TermDefinition(term)));
                    }
                    break;
                default:
                    rewritten.Add(new(name, value));
                    break;
            }
        }
        return rewritten;
    }

    /// <summary>h2 → h3 … (never past h6).</summary>
    private static string Demoted(string element, int headingShift) =>
        headingShift > 0 && element.Length == 2 && element[0] == 'h' && element[1] is >= '1' and <= '6'
            ? "h" + Math.Min(6, element[1] - '0' + headingShift).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : element;
}
