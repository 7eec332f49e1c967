using System.CommandLine;
using CyberDiplomacy.Core.Content;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Cli;

internal static class NewCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "What to create: article, term or document" };
        kind.AcceptOnlyFromAmong("article", "term", "document");
        var slug = new Argument<string>("slug") { Description = "File name without .md: lowercase a-z, 0-9 and single hyphens" };
        var title = new Option<string?>("--title") { Description = "Title of the article or document, or name of the term" };
        var english = new Option<bool>("--en") { Description = "An English article (content/articles/en/)" };
        var content = CliServices.ContentOption();
        var command = new Command("new", "Scaffold a new article, glossary term or primary document with valid front matter. Refuses a bad or existing slug.")
        {
            kind, slug, title, english, content,
        };
        command.SetAction(parse =>
        {
            var newSlug = parse.GetValue(slug)!;
            if (!SiteUrls.IsValidSlug(newSlug))
            {
                Console.Error.WriteLine($"error: '{newSlug}' is not a valid slug (lowercase a-z, 0-9 and single hyphens, e.g. uji-tuntas)");
                return 2;
            }
            using var services = CliServices.Build(parse.GetValue(content), null);
            var source = services.GetRequiredService<ContentSource>();
            var newKind = parse.GetValue(kind)!;
            // Slugs are unique per kind (across an article's languages), so only the kind's own folder can hold a clash.
            var folder = newKind switch { "term" => "glossary/", "document" => "documents/", _ => "articles/" };
            var taken = source.ListFiles().FirstOrDefault(f => Path.GetFileNameWithoutExtension(f) == newSlug && f.StartsWith(folder, StringComparison.Ordinal));
            if (taken is not null)
            {
                Console.Error.WriteLine($"error: {source.DisplayPath(taken)} already uses the slug '{newSlug}'");
                return 2;
            }
            var relative = newKind != "article" ? $"{folder}{newSlug}.md" : parse.GetValue(english) ? $"articles/en/{newSlug}.md" : $"articles/{newSlug}.md";
            var name = parse.GetValue(title) ?? newSlug.Replace('-', ' ');
            var full = Path.Combine(source.Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, newKind switch
            {
                "term" => TermTemplate(name),
                "document" => DocumentTemplate(name, DateTime.UtcNow.Year),
                _ => ArticleTemplate(name, parse.GetValue(english)),
            });
            Console.Out.WriteLine(source.DisplayPath(relative));
            return 0;
        });
        return command;
    }

    private static string Yaml(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string ArticleTemplate(string title, bool english) => english
        ? $"---\ntitle: {Yaml(title)}\nsummary: One sentence for cards, search results and the meta description.\nlang: en\ntags: []\nsources:\n  - title: \"Source title\"\n---\nOpening paragraph.\n\n## First section\n\nText.\n"
        : $"---\ntitle: {Yaml(title)}\nsummary: Satu kalimat untuk kartu, hasil pencarian dan deskripsi halaman.\ntags: []\nsources:\n  - title: \"Judul sumber\"\n---\nParagraf pembuka.\n\n## Bagian pertama\n\nIsi.\n";

    // Every field kb check requires, with a placeholder that passes it and a comment saying what to write; the
    // optional ones (symbol, in-force, url, indonesia) are commented out, so nothing unconfirmed is published by default.
    private static string DocumentTemplate(string title, int year) => $"""
        ---
        title: {Yaml(title)}
        # symbol: A/70/174            # UN symbol, law number (UU 27/2022), treaty number (ETS No. 185); unique
        kind: report                  # resolution | report | treaty | protocol | law | regulation | strategy | declaration | manual
        body: "Badan yang mengadopsi"  # who adopted or issued it
        adopted: {year}                 # YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known (never guess a day)
        # in-force: YYYY-MM-DD
        # url: https://…              # the official text
        track: pbb                    # pbb | regional | indonesia | hukum | insiden
        # indonesia:
        #   status: member            # party | ratified | signed | issued | member | voted-yes | abstained | voted-no | not-party | not-applicable
        #   date: YYYY-MM-DD
        #   note: Satu kalimat tentang arti status ini.
        #   source: sumber            # the id of the source that confirms it
        tags: []
        sources:
          - id: sumber
            title: "Judul sumber"
        ---
        Apa dokumen ini, siapa yang mengadopsinya dan kapan [@sumber].

        ## Isi pokok

        Isi.

        """;

    private static string TermTemplate(string term) =>
        $"---\nterm: {Yaml(term)}\nen: \"English equivalent\"\naliases: []\nrelated: []\nsources:\n  - title: \"Judul sumber\"\n---\nDefinisi singkat dalam satu atau dua kalimat yang dapat berdiri sendiri.\n\nPenjelasan lebih panjang, dengan tautan ke artikel yang membahasnya.\n";
}
