using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;

namespace CyberDiplomacy.Core.Export;

/// <summary>
/// One glossary term as every export shows it (<c>/api/glossary</c>, <c>/glossary.csv</c>, <c>/glossary.tbx</c>,
/// <c>kb export</c>): the Indonesian term, its English equivalent, abbreviation, aliases and short definition.
/// </summary>
public sealed record ExportedTerm(string Slug, string Term, string En, string? Abbr, IReadOnlyList<string> Aliases, string Definition, string Url)
{
    /// <summary>A term as the store holds it (the web app).</summary>
    public static ExportedTerm From(GlossaryTerm term) =>
        Create(term.Slug, term.Title, term.English, term.Abbreviation, term.Aliases.OrderBy(a => a.Id).Select(a => a.Alias).ToList(), term.DefinitionText);

    /// <summary>A term as just parsed from its file (<c>kb export</c>, which needs no build).</summary>
    public static ExportedTerm From(ContentDocument term) =>
        Create(term.Slug, term.Title, term.English ?? "", term.Abbreviation, term.Aliases, term.DefinitionText);

    public static ExportedTerm Create(string slug, string term, string en, string? abbr, IReadOnlyList<string> aliases, string definition) =>
        new(slug, term, en, abbr, aliases, definition, SiteUrls.Term(slug));

    /// <summary>
    /// The one order of every export, made here rather than by the database (whose collation is binary) so that the
    /// store and a fresh parse of the content give the same bytes: A–Z by term, ignoring case, then by slug.
    /// </summary>
    public static List<ExportedTerm> InGlossaryOrder(IEnumerable<ExportedTerm> terms) =>
        terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
}
