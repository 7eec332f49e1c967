using CyberDiplomacy.Core.Content.Validation;

namespace CyberDiplomacy.Core.Content.Terminology;

/// <summary>
/// How one glossary term is to be written in articles: the <see cref="Preferred"/> form (the term) instead of any
/// <see cref="Avoid"/> spelling, and, when <c>case: exact</c>, each of <see cref="ExactNames"/> with exactly its capitals.
/// </summary>
public sealed record TermGuide(string Slug, string Preferred, bool CaseExact, IReadOnlyList<string> Avoid, IReadOnlyList<string> ExactNames)
{
    public bool HasRules => Avoid.Count > 0 || ExactNames.Count > 0;

    public static TermGuide From(ContentDocument term) =>
        Create(term.Slug, term.Title, term.Abbreviation, term.Aliases, term.Avoid, term.CaseExact);

    /// <summary>From a term file's front matter alone (a term the ingest kept as stored); null when it cannot be read.</summary>
    public static TermGuide? FromFile(string slug, string text)
    {
        var block = FrontMatterReader.Extract(text);
        var front = block is null ? null : FrontMatterReader.Read<TermFrontMatter>(block, "", out _);
        if (front?.Term is not { } term || string.IsNullOrWhiteSpace(term)) return null;
        var caseExact = string.Equals(front.Case?.Trim(), "exact", StringComparison.Ordinal);
        return Create(slug, term.Trim(), FrontMatterRules.Optional(front.Abbr), front.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0).ToList(),
            Clean(front.Avoid, term.Trim(), FrontMatterRules.Optional(front.Abbr)), caseExact);
    }

    /// <summary>The avoid list as the rules use it: trimmed, without repeats, and never the term's own name or abbreviation.</summary>
    public static List<string> Clean(IEnumerable<string> avoid, string term, string? abbreviation) =>
        avoid.Select(a => a.Trim()).Where(a => a.Length > 0)
            .Where(a => !a.Equals(term, StringComparison.OrdinalIgnoreCase) && !a.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static TermGuide Create(string slug, string term, string? abbreviation, IEnumerable<string> aliases, IReadOnlyList<string> avoid, bool caseExact)
    {
        // Names are matched whatever their case; an alias that is also avoided is a name readers search, not one to write.
        var exact = caseExact
            ? new[] { term, abbreviation }.OfType<string>().Concat(aliases).Where(n => !avoid.Contains(n, StringComparer.OrdinalIgnoreCase))
                .Distinct(StringComparer.Ordinal).ToList()
            : [];
        return new TermGuide(slug, term, caseExact, avoid, exact);
    }
}
