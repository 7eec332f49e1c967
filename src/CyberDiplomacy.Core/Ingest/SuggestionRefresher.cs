using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>
/// Keeps the typeahead suggestions and the definition cards (<see cref="SuggestionCatalog"/>) in line with the titles
/// and term names the site serves; rebuilding is skipped when they are the ones the catalog already has.
/// </summary>
internal sealed class SuggestionRefresher(SuggestionCatalog catalog)
{
    private readonly Lock _lock = new();
    private List<CatalogName>? _names;
    private List<TermCard>? _cards;

    /// <summary>False until the catalog has been filled once (start-up can serve pages before that).</summary>
    public bool IsLoaded => _names is not null;

    public void Refresh(IEnumerable<(string Slug, string Title, string Lang)> articles, IReadOnlyList<GlossaryEntry> terms)
    {
        var names = articles.Select(a => new CatalogName(a.Title, DocumentKind.Article, a.Slug, a.Title, SiteUrls.Article(a.Slug), a.Lang))
            .Concat(terms.SelectMany(t => t.Names.Select(n => new CatalogName(n, DocumentKind.Term, t.Slug, t.Title, SiteUrls.Term(t.Slug), t.Lang))))
            .OrderBy(n => n.Url, StringComparer.Ordinal).ThenBy(n => n.Name, StringComparer.Ordinal)
            .ToList();
        var cards = terms.Select(t => new TermCard(t.Slug, t.Title, t.English ?? "", t.Abbreviation, t.DefinitionText, SiteUrls.Term(t.Slug))).ToList();
        lock (_lock)
        {
            if (_names is not null && _cards is not null && names.SequenceEqual(_names) && cards.SequenceEqual(_cards)) return;
            catalog.Replace(names, cards);
            _names = names;
            _cards = cards;
        }
    }

    /// <summary>From the store as it is: every title and term name.</summary>
    public async Task LoadAsync(KnowledgeBaseDbContext db, CancellationToken cancellationToken)
    {
        var terms = await db.Terms.Include(t => t.Aliases).ToListAsync(cancellationToken);
        var articles = await db.Articles.Select(a => new { a.Slug, a.Title, a.Lang }).ToListAsync(cancellationToken);
        Refresh(articles.Select(a => (a.Slug, a.Title, a.Lang)), terms.Select(GlossaryEntry.From).ToList());
    }
}
