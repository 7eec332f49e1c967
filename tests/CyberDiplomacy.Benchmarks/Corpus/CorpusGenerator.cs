using System.Globalization;
using System.Text;

namespace CyberDiplomacy.Benchmarks.Corpus;

public sealed record CorpusOptions(int Articles, int Terms, int Seed, string OutputFolder);

/// <summary>
/// Writes a seeded synthetic corpus: <c>content/</c> in our format (DESIGN §3) and the same articles as a Hugo site in
/// <c>hugo/</c>, plus <c>queries.txt</c> for the latency probe. The same options always give the same bytes.
/// </summary>
public static class CorpusGenerator
{
    public static void Generate(CorpusOptions options)
    {
        var random = new Random(options.Seed);
        var plan = CorpusPlan.Create(random, options.Articles, options.Terms);
        var content = Path.Combine(options.OutputFolder, "content");
        var hugo = new HugoSite(Path.Combine(options.OutputFolder, "hugo"));
        Recreate(Path.Combine(content, "articles"));
        Recreate(Path.Combine(content, "glossary"));
        Directory.CreateDirectory(Path.Combine(content, "search"));
        hugo.Create();

        var prose = new Prose(random, plan) { Folder = "glossary" };
        foreach (var term in plan.Terms)
        {
            var (frontMatter, body) = (TermFrontMatter(term), TermBody(prose, plan, term));
            File.WriteAllText(Path.Combine(content, "glossary", term.Slug + ".md"), frontMatter + body + Citation);
            hugo.WriteTerm(term, body);
        }
        prose.Folder = "articles";
        foreach (var article in plan.Articles)
        {
            var body = ArticleBody(prose, plan, article);
            File.WriteAllText(Path.Combine(content, "articles", article.Slug + ".md"), ArticleFrontMatter(article) + body + Citation);
            hugo.WriteArticle(article, body);
        }
        File.WriteAllLines(Path.Combine(content, "search", "roots.txt"),
            ["# roots of the synthetic corpus", .. IndonesianWords.Roots.Select(r => r.Root).Order(StringComparer.Ordinal)]);
        File.WriteAllLines(Path.Combine(options.OutputFolder, "queries.txt"), Queries.For(plan, new Random(options.Seed + 1)));
    }

    /// <summary>Cites the one source, as every shipped file cites its sources (Hugo's copy has no citation syntax).</summary>
    private const string Citation = "\nRujukan utama tulisan ini [@s1].\n";

    private static void Recreate(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
    }

    internal static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string ArticleFrontMatter(ArticleSpec article)
    {
        var builder = new StringBuilder("---\n");
        builder.Append(CultureInfo.InvariantCulture, $"title: {Quote(article.Title)}\nsummary: {Quote(article.Summary)}\n");
        builder.Append(CultureInfo.InvariantCulture, $"tags: [{string.Join(", ", article.Tags)}]\n");
        builder.Append(CultureInfo.InvariantCulture, $"updated: {article.Updated:yyyy-MM-dd}\n");
        if (article.Featured) builder.Append("featured: true\n");
        builder.Append(CultureInfo.InvariantCulture, $"sources:\n  - id: s1\n    title: {Quote("Laporan " + article.Title)}\n    url: https://example.org/laporan/{article.Slug}\n");
        return builder.Append("---\n").ToString();
    }

    private static string ArticleBody(Prose prose, CorpusPlan plan, ArticleSpec article)
    {
        var body = new StringBuilder();
        body.Append(prose.Paragraph(6, article.Slug)).Append("\n\n");
        for (var section = 0; section < 6; section++)
        {
            body.Append("## ").Append(prose.Heading()).Append("\n\n");
            body.Append(prose.Paragraph(6, article.Slug)).Append("\n\n");
            if (section == 1)
            {
                for (var i = 0; i < 4; i++) body.Append("- ").Append(prose.Sentence()).Append('\n');
                body.Append('\n');
            }
            if (section == 3)
            {
                for (var i = 1; i <= 3; i++) body.Append(CultureInfo.InvariantCulture, $"{i}. ").Append(prose.Sentence()).Append('\n');
                body.Append('\n');
            }
            if (section == 4)
            {
                body.Append("### ").Append(prose.Heading()).Append("\n\n");
            }
            body.Append(prose.Paragraph(6, article.Slug)).Append("\n\n");
        }
        body.Append("## Lihat juga\n\n");
        for (var i = 0; i < 3; i++)
        {
            var other = prose.OtherArticle(article.Slug);
            body.Append(CultureInfo.InvariantCulture, $"- [{other.Title}]({prose.Link("articles", other.Slug)})\n");
        }
        var term = prose.Pick(plan.Terms);
        body.Append(CultureInfo.InvariantCulture, $"- [{term.Name}]({prose.Link("glossary", term.Slug)})\n");
        return body.ToString();
    }

    private static string TermFrontMatter(TermSpec term)
    {
        var builder = new StringBuilder("---\n");
        builder.Append(CultureInfo.InvariantCulture, $"term: {Quote(term.Name)}\nen: {Quote(term.English)}\n");
        if (term.Abbreviation is not null) builder.Append(CultureInfo.InvariantCulture, $"abbr: {term.Abbreviation}\n");
        builder.Append(CultureInfo.InvariantCulture, $"aliases: [{string.Join(", ", term.Aliases.Select(Quote))}]\n");
        builder.Append(CultureInfo.InvariantCulture, $"related: [{string.Join(", ", term.Related)}]\n");
        builder.Append(CultureInfo.InvariantCulture, $"sources:\n  - id: s1\n    title: {Quote("Kamus " + term.Name)}\n    url: https://example.org/kamus/{term.Slug}\n");
        return builder.Append("---\n").ToString();
    }

    private static string TermBody(Prose prose, CorpusPlan plan, TermSpec term)
    {
        var definition = $"{term.Name} adalah {prose.NounPhrase()} yang {IndonesianWords.Me(prose.Pick(IndonesianWords.Roots).Root)} {prose.NounPhrase()} dalam {prose.NounPhrase()}.";
        var body = new StringBuilder(definition).Append("\n\n").Append(prose.Paragraph(4)).Append("\n\n");
        if (plan.Articles.Count > 0)
        {
            var article = prose.Pick(plan.Articles);
            body.Append(CultureInfo.InvariantCulture, $"Pembahasan lebih luas ada di artikel [{article.Title}]({prose.Link("articles", article.Slug)}).\n");
        }
        return body.ToString();
    }
}
