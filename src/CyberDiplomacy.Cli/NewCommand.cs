using System.CommandLine;
using CyberDiplomacy.Core.Content;
using Microsoft.Extensions.DependencyInjection;

namespace CyberDiplomacy.Cli;

internal static class NewCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "What to create: article or term" };
        kind.AcceptOnlyFromAmong("article", "term");
        var slug = new Argument<string>("slug") { Description = "File name without .md: lowercase a-z, 0-9 and single hyphens" };
        var title = new Option<string?>("--title") { Description = "Title of the article or name of the term" };
        var english = new Option<bool>("--en") { Description = "An English article (content/articles/en/)" };
        var content = CliServices.ContentOption();
        var command = new Command("new", "Scaffold a new article or glossary term with valid front matter. Refuses a bad or existing slug.")
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
            var isTerm = parse.GetValue(kind) == "term";
            var taken = source.ListFiles().FirstOrDefault(f => Path.GetFileNameWithoutExtension(f) == newSlug && f.StartsWith("glossary/", StringComparison.Ordinal) == isTerm);
            if (taken is not null)
            {
                Console.Error.WriteLine($"error: {source.DisplayPath(taken)} already uses the slug '{newSlug}'");
                return 2;
            }
            var relative = isTerm ? $"glossary/{newSlug}.md" : parse.GetValue(english) ? $"articles/en/{newSlug}.md" : $"articles/{newSlug}.md";
            var name = parse.GetValue(title) ?? newSlug.Replace('-', ' ');
            var full = Path.Combine(source.Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, isTerm ? TermTemplate(name) : ArticleTemplate(name, parse.GetValue(english)));
            Console.Out.WriteLine(source.DisplayPath(relative));
            return 0;
        });
        return command;
    }

    private static string Yaml(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string ArticleTemplate(string title, bool english) => english
        ? $"---\ntitle: {Yaml(title)}\nsummary: One sentence for cards, search results and the meta description.\nlang: en\ntags: []\nsources:\n  - title: \"Source title\"\n---\nOpening paragraph.\n\n## First section\n\nText.\n"
        : $"---\ntitle: {Yaml(title)}\nsummary: Satu kalimat untuk kartu, hasil pencarian dan deskripsi halaman.\ntags: []\nsources:\n  - title: \"Judul sumber\"\n---\nParagraf pembuka.\n\n## Bagian pertama\n\nIsi.\n";

    private static string TermTemplate(string term) =>
        $"---\nterm: {Yaml(term)}\nen: \"English equivalent\"\naliases: []\nrelated: []\nsources:\n  - title: \"Judul sumber\"\n---\nDefinisi singkat dalam satu atau dua kalimat yang dapat berdiri sendiri.\n\nPenjelasan lebih panjang, dengan tautan ke artikel yang membahasnya.\n";
}
