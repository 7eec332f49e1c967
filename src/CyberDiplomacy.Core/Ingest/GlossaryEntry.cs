using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>
/// A glossary term as the auto-linker, the analysis rules, the index and the suggestions need it, whether freshly
/// parsed or the stored (last good) version: one conversion for both.
/// </summary>
internal sealed record GlossaryEntry(string Slug, string Title, string? English, string? Abbreviation, string DefinitionText, string Lang,
    IReadOnlyList<string> Names, IReadOnlyList<string> ArticleTargets)
{
    public static GlossaryEntry From(ContentDocument term) => new(term.Slug, term.Title, term.English, term.Abbreviation, term.DefinitionText, term.Lang,
        DocumentOutline.From(term).Names, ArticlesLinked(term.Links.Select(l => (l.TargetKind, l.TargetSlug))));

    /// <summary>A stored term (its links loaded, or none: then it is about no other article).</summary>
    public static GlossaryEntry From(GlossaryTerm term) => new(term.Slug, term.Title, term.English, term.Abbreviation, term.DefinitionText, term.Lang,
        DocumentMapping.TermNames(term), ArticlesLinked(term.Links.Select(l => (l.TargetKind, l.TargetSlug))));

    /// <summary>Every term the site has after an ingest: the freshly parsed version where there is one, else the stored one.</summary>
    public static List<GlossaryEntry> Current(IEnumerable<string> termPaths, IEnumerable<(ContentFile File, ContentDocument Document)> parsed,
        IReadOnlyDictionary<string, GlossaryTerm> stored)
    {
        var fresh = parsed.ToDictionary(d => d.File.RelativePath, d => d.Document, StringComparer.Ordinal);
        var result = new List<GlossaryEntry>();
        foreach (var path in termPaths)
        {
            if (fresh.TryGetValue(path, out var document)) result.Add(From(document));
            else if (stored.TryGetValue(path, out var term)) result.Add(From(term));
        }
        return result;
    }

    /// <summary>An article is "about" the terms that share its slug or whose explanation links to it (a search signal).</summary>
    public static Dictionary<string, List<string>> AboutNames(IEnumerable<GlossaryEntry> terms)
    {
        var about = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            foreach (var slug in term.ArticleTargets.Prepend(term.Slug).Distinct())
            {
                if (!about.TryGetValue(slug, out var list)) about[slug] = list = [];
                list.AddRange(term.Names);
            }
        }
        return about;
    }

    /// <summary>Single words of the glossary's names, which the stemmer must treat as roots.</summary>
    public static IEnumerable<string> SingleWords(IEnumerable<GlossaryEntry> terms) =>
        terms.SelectMany(t => t.Names).SelectMany(name => name.Split([' ', '-', '/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 3 && w.All(char.IsLetter));

    private static List<string> ArticlesLinked(IEnumerable<(DocumentKind? Kind, string? Slug)> links) =>
        links.Where(l => l.Kind == DocumentKind.Article).Select(l => l.Slug!).ToList();
}
