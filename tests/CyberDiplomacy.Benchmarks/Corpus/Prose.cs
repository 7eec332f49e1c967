using System.Globalization;
using System.Text;
using static CyberDiplomacy.Benchmarks.Corpus.IndonesianWords;

namespace CyberDiplomacy.Benchmarks.Corpus;

/// <summary>Sentences and paragraphs of Indonesian-looking prose, with glossary names and links woven in.</summary>
internal sealed class Prose(Random random, CorpusPlan plan)
{
    /// <summary>Folder of the document being written: links are relative to it, as editors write them.</summary>
    public string Folder { get; set; } = "articles";

    public string Link(string folder, string slug) => folder == Folder ? slug + ".md" : $"../{folder}/{slug}.md";

    public ArticleSpec OtherArticle(string slug) => plan.OtherArticle(random, slug);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string Root() => Pick(Roots).Root;

    public string Noun() => random.Next(5) switch
    {
        0 => KeAn(Root()),
        1 => Root() + "an",
        2 => PerAn(Root()),
        _ => PeAn(Root()),
    };

    public string NounPhrase() => random.Next(3) == 0 ? Noun() : Noun() + " " + Pick(Modifiers);

    private string Verb() => random.Next(5) switch
    {
        0 => MeKan(Root()),
        1 => DiKan(Root()),
        2 => Ber(Root()),
        3 => Ter(Root()),
        _ => Me(Root()),
    };

    /// <summary>A noun phrase, sometimes a glossary name (plain, for the auto-linker), a link to a term or emphasis.</summary>
    private string Object(bool allowLinks)
    {
        var roll = random.Next(100);
        if (roll < 8 && plan.Terms.Count > 0) return Pick(plan.Terms).Name.ToLowerInvariant();
        if (roll < 10 && plan.Terms.Count > 0 && Pick(plan.Terms) is { Abbreviation: { } abbr }) return abbr;
        if (roll < 13 && allowLinks && plan.Terms.Count > 0)
        {
            var term = Pick(plan.Terms);
            return $"[{term.Name.ToLowerInvariant()}]({Link("glossary", term.Slug)})";
        }
        if (roll < 16) return "*" + NounPhrase() + "*";
        if (roll < 18) return "**" + NounPhrase() + "**";
        return NounPhrase();
    }

    public string Sentence(bool allowLinks = true)
    {
        var words = random.Next(4) switch
        {
            0 => $"{Pick(Subjects)} {Pick(Function[^5..])} {Verb()} {Object(allowLinks)} {Pick(Function)} {Object(allowLinks)}",
            1 => $"{Object(allowLinks)} {Pick(Function)} {NounPhrase()} {Verb()} {Object(allowLinks)}",
            2 => $"{NounPhrase()} adalah {Noun()} yang {Verb()} {Object(allowLinks)} {Pick(Function)} {NounPhrase()}",
            _ => $"dalam {NounPhrase()}, {Pick(Subjects)} {Verb()} {Object(allowLinks)} serta {Object(allowLinks)}",
        };
        return Capitalize(words) + ".";
    }

    public string Paragraph(int sentences, string? articleSlug = null)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0) builder.Append(' ');
            builder.Append(Sentence());
        }
        if (articleSlug is not null && random.Next(3) == 0)
        {
            var other = OtherArticle(articleSlug);
            builder.Append(CultureInfo.InvariantCulture, $" Lihat juga [{other.Title}]({Link("articles", other.Slug)}).");
        }
        return builder.ToString();
    }

    public string Heading() => Capitalize(NounPhrase() + (random.Next(2) == 0 ? " " + Pick(Function[..10]) + " " + NounPhrase() : ""));

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
