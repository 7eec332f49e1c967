using System.Globalization;
using System.Xml.Linq;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>sitemap.xml, the Atom feed, the OpenSearch description and robots.txt.</summary>
public sealed class SiteFeedsTests(KnowledgeBaseFactory factory) : IClassFixture<KnowledgeBaseFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Sitemap_is_xml_listing_absolute_urls_of_every_document()
    {
        var sitemap = XDocument.Parse(await _client.GetTextAsync("/sitemap.xml", "application/xml"));

        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var locations = sitemap.Root.Elements(Sitemap + "url").Select(u => (string?)u.Element(Sitemap + "loc")).ToList();
        Assert.All(locations, loc => Assert.StartsWith("http://localhost/", loc, StringComparison.Ordinal));
        Assert.Contains("http://localhost/articles/diplomasi", locations);
        Assert.Contains("http://localhost/articles/cyber-diplomacy", locations);
        Assert.Contains("http://localhost/glossary/bssn", locations);
        Assert.Contains("http://localhost/documents/gge-2015", locations);
        Assert.Contains("http://localhost/documents", locations);
        Assert.Contains("http://localhost/timeline", locations);
        Assert.Contains("http://localhost/indonesia", locations);
        Assert.Contains("http://localhost/topics", locations);
        Assert.Contains("http://localhost/topics/dasar-dasar", locations);
        Assert.DoesNotContain(locations, loc => loc!.Contains("?path=", StringComparison.Ordinal)); // a reading path is not a page
    }

    [Fact]
    public async Task Feed_is_an_atom_feed_with_article_document_and_topic_entries()
    {
        var feed = XDocument.Parse(await _client.GetTextAsync("/feed.xml", "application/atom+xml"));

        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.False(string.IsNullOrWhiteSpace((string?)feed.Root.Element(Atom + "title")));
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.Contains(entries, e => (string?)e.Element(Atom + "id") == "http://localhost/topics/dasar-dasar");
        Assert.Contains(entries, e => (string?)e.Element(Atom + "id") == "http://localhost/articles/diplomasi");
        foreach (var entry in entries)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)entry.Element(Atom + "title")));
            Assert.Matches("^http://localhost/(articles|documents|topics)/[a-z0-9-]+$", (string?)entry.Element(Atom + "link")?.Attribute("href"));
            Assert.True(DateTimeOffset.TryParse((string?)entry.Element(Atom + "updated"), CultureInfo.InvariantCulture, out _));
        }
        // 18 articles, 6 documents and 3 topics: fewer than the feed's 30, so every one of them is in it, newest first.
        var links = entries.Select(e => (string?)e.Element(Atom + "link")?.Attribute("href")).ToList();
        Assert.Contains("http://localhost/documents/gge-2015", links);
        Assert.Contains("http://localhost/articles/diplomasi", links);
        var updated = entries.Select(e => DateTimeOffset.Parse((string)e.Element(Atom + "updated")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderDescending(), updated);
    }

    [Fact]
    public async Task OpenSearch_description_points_at_the_results_page_and_suggestions()
    {
        var description = XDocument.Parse(await _client.GetTextAsync("/opensearch.xml", "application/opensearchdescription+xml"));

        Assert.Equal(OpenSearch + "OpenSearchDescription", description.Root!.Name);
        var templates = description.Root.Elements(OpenSearch + "Url").ToDictionary(u => (string)u.Attribute("type")!, u => (string?)u.Attribute("template"));
        Assert.Equal("http://localhost/search?q={searchTerms}", templates["text/html"]);
        Assert.Equal("http://localhost/api/suggest?q={searchTerms}", templates["application/x-suggestions+json"]);
    }

    [Fact]
    public async Task Robots_allows_crawling_and_names_the_sitemap()
    {
        var robots = await _client.GetTextAsync("/robots.txt", "text/plain");

        Assert.Contains("User-agent: *", robots);
        Assert.Contains("Disallow: /api/", robots);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
    }
}
