using System.Globalization;
using System.Text;
using System.Xml.Linq;
using CyberDiplomacy.Core;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;
using Microsoft.Extensions.Options;

namespace CyberDiplomacy.Web.Api;

/// <summary>sitemap.xml, the Atom feed, the OpenSearch description and robots.txt, built with XDocument so every value is encoded.</summary>
public static class SiteFeeds
{
    private static readonly string[] FixedPages = ["/", "/topics", "/articles", "/glossary", SiteUrls.Documents, SiteUrls.Timeline, SiteUrls.Indonesia, "/search"];
    private const int FeedSize = 30;
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    public static WebApplication MapSiteFeeds(this WebApplication app)
    {
        app.MapGet("/sitemap.xml", async (HttpContext context, KnowledgeBaseReader reader, IOptions<KnowledgeBaseOptions> options, CancellationToken cancellationToken) =>
        {
            var site = SiteUrl(context, options.Value);
            // A reading path has no page of its own: its steps are articles, and the home page shows it.
            var documents = (await reader.AllDocumentsAsync(cancellationToken)).Where(d => d.Kind != DocumentKind.ReadingPath);
            var urls = FixedPages.Select(path => new XElement(Sitemap + "url", new XElement(Sitemap + "loc", site + path)))
                .Concat(documents.Select(d => new XElement(Sitemap + "url",
                    new XElement(Sitemap + "loc", site + d.Url),
                    d.Updated is { } updated ? new XElement(Sitemap + "lastmod", updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null)));
            return Xml(new XDocument(new XElement(Sitemap + "urlset", urls)), "application/xml");
        });

        app.MapGet("/feed.xml", async (HttpContext context, KnowledgeBaseReader reader, DocumentsReader documents, WayfindingReader wayfinding,
            IOptions<KnowledgeBaseOptions> options, CancellationToken cancellationToken) =>
        {
            var site = SiteUrl(context, options.Value);
            // Articles, primary documents and topics together: a new resolution or law is news to a subscriber as much as
            // an article, and a topic's entry tells them its introduction or reading order changed.
            var topics = (await wayfinding.ListTopicsAsync(cancellationToken)).Select(t => (t.Title, t.Url, t.Updated, t.Summary));
            var articles = (await reader.RecentlyUpdatedAsync(FeedSize, cancellationToken))
                .Concat(await documents.RecentlyUpdatedAsync(FeedSize, cancellationToken))
                .Select(a => (a.Title, a.Url, a.Updated, a.Summary)).Concat(topics)
                .OrderByDescending(e => e.Updated).ThenBy(e => e.Title, StringComparer.Ordinal).Take(FeedSize).ToList();
            var updated = articles.Select(a => a.Updated ?? DateTime.UnixEpoch).DefaultIfEmpty(DateTime.UnixEpoch).Max();
            var feed = new XElement(Atom + "feed",
                new XAttribute(XNamespace.Xml + "lang", "id"),
                new XElement(Atom + "title", "Pustaka Diplomasi Siber"),
                new XElement(Atom + "subtitle", "Artikel dan dokumen terbaru tentang diplomasi siber"),
                new XElement(Atom + "id", site + "/"),
                new XElement(Atom + "link", new XAttribute("href", site + "/feed.xml"), new XAttribute("rel", "self")),
                new XElement(Atom + "link", new XAttribute("href", site + "/")),
                new XElement(Atom + "updated", Rfc3339(updated)),
                new XElement(Atom + "author", new XElement(Atom + "name", "Redaksi Pustaka Diplomasi Siber")),
                articles.Select(a => new XElement(Atom + "entry",
                    new XElement(Atom + "title", a.Title),
                    new XElement(Atom + "id", site + a.Url),
                    new XElement(Atom + "link", new XAttribute("href", site + a.Url)),
                    new XElement(Atom + "updated", Rfc3339(a.Updated ?? DateTime.UnixEpoch)),
                    new XElement(Atom + "summary", a.Summary))));
            return Xml(new XDocument(feed), "application/atom+xml");
        });

        app.MapGet("/opensearch.xml", (HttpContext context, IOptions<KnowledgeBaseOptions> options) =>
        {
            var site = SiteUrl(context, options.Value);
            var description = new XElement(OpenSearch + "OpenSearchDescription",
                new XElement(OpenSearch + "ShortName", "Pustaka Siber"),
                new XElement(OpenSearch + "Description", "Cari di Pustaka Diplomasi Siber"),
                new XElement(OpenSearch + "InputEncoding", "UTF-8"),
                new XElement(OpenSearch + "Url", new XAttribute("type", "text/html"), new XAttribute("template", site + "/search?q={searchTerms}")),
                new XElement(OpenSearch + "Url", new XAttribute("type", "application/x-suggestions+json"), new XAttribute("template", site + "/api/suggest?q={searchTerms}")));
            return Xml(new XDocument(description), "application/opensearchdescription+xml");
        });

        app.MapGet("/robots.txt", (HttpContext context, IOptions<KnowledgeBaseOptions> options) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /_status\n\nSitemap: {SiteUrl(context, options.Value)}/sitemap.xml\n", "text/plain", Encoding.UTF8));
        return app;
    }

    public static string SiteUrl(HttpContext context, KnowledgeBaseOptions options) =>
        !string.IsNullOrWhiteSpace(options.SiteUrl) ? options.SiteUrl.TrimEnd('/') : $"{context.Request.Scheme}://{context.Request.Host}";

    private static string Rfc3339(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static IResult Xml(XDocument document, string contentType) =>
        Results.Text(document.Declaration is null ? "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + document : document.ToString(), contentType + "; charset=utf-8");
}
