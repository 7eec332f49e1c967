using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CyberDiplomacy.Benchmarks.Corpus;

/// <summary>
/// The same documents as a Hugo site: identical Markdown bodies, front matter Hugo reads, and our relative
/// <c>.md</c> links rewritten to the plain paths Hugo publishes (<c>/articles/slug/</c>), with a small theme-less layout
/// that renders what our article page shows (title, summary, contents, body, tags, sources).
/// </summary>
internal sealed partial class HugoSite(string root)
{
    public void Create()
    {
        foreach (var folder in new[] { "content", "layouts", "public", "resources" })
        {
            var path = Path.Combine(root, folder);
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        Directory.CreateDirectory(Path.Combine(root, "content", "articles"));
        Directory.CreateDirectory(Path.Combine(root, "content", "glossary"));
        Directory.CreateDirectory(Path.Combine(root, "layouts", "_default"));
        File.WriteAllText(Path.Combine(root, "config.toml"), Config);
        File.WriteAllText(Path.Combine(root, "content", "articles", "_index.md"), "---\ntitle: \"Artikel\"\n---\n");
        File.WriteAllText(Path.Combine(root, "content", "glossary", "_index.md"), "---\ntitle: \"Glosarium\"\n---\n");
        File.WriteAllText(Path.Combine(root, "layouts", "_default", "baseof.html"), BaseOf);
        File.WriteAllText(Path.Combine(root, "layouts", "_default", "single.html"), Single);
        File.WriteAllText(Path.Combine(root, "layouts", "_default", "list.html"), List);
        File.WriteAllText(Path.Combine(root, "layouts", "index.html"), Home);
    }

    public void WriteArticle(ArticleSpec article, string body)
    {
        var front = new StringBuilder("---\n");
        front.Append(CultureInfo.InvariantCulture, $"title: {CorpusGenerator.Quote(article.Title)}\nsummary: {CorpusGenerator.Quote(article.Summary)}\n");
        front.Append(CultureInfo.InvariantCulture, $"tags: [{string.Join(", ", article.Tags)}]\ndate: {article.Updated:yyyy-MM-dd}\n");
        front.Append(CultureInfo.InvariantCulture, $"sources:\n  - title: {CorpusGenerator.Quote("Laporan " + article.Title)}\n    url: https://example.org/laporan/{article.Slug}\n");
        File.WriteAllText(Path.Combine(root, "content", "articles", article.Slug + ".md"), front.Append("---\n") + RewriteLinks(body, "articles"));
    }

    public void WriteTerm(TermSpec term, string body)
    {
        // Hugo reserves "aliases" (redirects): the glossary's aliases go under another key.
        var front = new StringBuilder("---\n");
        front.Append(CultureInfo.InvariantCulture, $"title: {CorpusGenerator.Quote(term.Name)}\nen: {CorpusGenerator.Quote(term.English)}\n");
        front.Append(CultureInfo.InvariantCulture, $"termAliases: [{string.Join(", ", term.Aliases.Select(CorpusGenerator.Quote))}]\n");
        File.WriteAllText(Path.Combine(root, "content", "glossary", term.Slug + ".md"), front.Append("---\n") + RewriteLinks(body, "glossary"));
    }

    /// <summary><c>[x](y.md)</c> and <c>[x](../glossary/y.md)</c> become <c>[x](/articles/y/)</c> and <c>[x](/glossary/y/)</c>.</summary>
    internal static string RewriteLinks(string markdown, string folder) =>
        RelativeLink().Replace(markdown, m => $"](/{(m.Groups["folder"].Success ? m.Groups["folder"].Value : folder)}/{m.Groups["slug"].Value}/)");

    [GeneratedRegex(@"\]\((?:\.\./(?<folder>articles|glossary)/)?(?<slug>[a-z0-9-]+)\.md\)")]
    private static partial Regex RelativeLink();

    private const string Config = """
        baseURL = "http://127.0.0.1/"
        languageCode = "id"
        title = "Pustaka Diplomasi Siber"
        enableRobotsTXT = true
        [markup.tableOfContents]
          startLevel = 2
          endLevel = 3
        [taxonomies]
          tag = "tags"

        """;

    private const string BaseOf = """
        <!doctype html>
        <html lang="id">
        <head>
        <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }} · {{ .Site.Title }}</title>
        <meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ .Site.Title }}{{ end }}">
        <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
        <header><a href="/">{{ .Site.Title }}</a>
        <nav><a href="/articles/">Artikel</a> <a href="/glossary/">Glosarium</a> <a href="/tags/">Tag</a></nav>
        <form action="/search" role="search"><input type="search" name="q" aria-label="Cari"></form></header>
        <main>{{ block "main" . }}{{ end }}</main>
        <footer>Pustaka Diplomasi Siber</footer>
        </body>
        </html>

        """;

    private const string Single = """
        {{ define "main" }}
        <article>
        <h1>{{ .Title }}</h1>
        {{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
        <p>Diperbarui {{ .Date.Format "2 January 2006" }} · {{ .ReadingTime }} menit</p>
        <nav class="toc">{{ .TableOfContents }}</nav>
        {{ .Content }}
        {{ with .Params.tags }}<ul class="tags">{{ range . }}<li><a href="/tags/{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>{{ end }}
        {{ with .Params.sources }}<h2>Sumber</h2><ol>{{ range . }}<li><a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ol>{{ end }}
        </article>
        {{ end }}

        """;

    private const string List = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</li>{{ end }}</ul>
        {{ end }}

        """;

    private const string Home = """
        {{ define "main" }}
        <h1>{{ .Site.Title }}</h1>
        <ul>{{ range first 12 (where .Site.RegularPages "Section" "articles") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
        {{ end }}

        """;
}
