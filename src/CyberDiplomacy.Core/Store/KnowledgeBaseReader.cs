using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Export;
using Microsoft.EntityFrameworkCore;

namespace CyberDiplomacy.Core.Store;

/// <summary>The read queries behind the pages and the API. All no-tracking.</summary>
public sealed class KnowledgeBaseReader(KnowledgeBaseDbContext db)
{
    private readonly WayfindingReader _wayfinding = new(db);

    /// <summary>One article with what its page shows; <paramref name="readingPath"/> is the path it was opened from, if any.</summary>
    public async Task<ArticlePage?> GetArticleAsync(string slug, string? readingPath = null, CancellationToken cancellationToken = default)
    {
        if (!SiteUrls.IsValidSlug(slug)) return null;
        var article = await db.Articles.Include(a => a.Tags).Include(a => a.Sources.OrderBy(s => s.Position))
            .AsSplitQuery().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (article is null) return null;
        var backlinks = await BacklinksAsync(DocumentKind.Article, slug, cancellationToken);
        var termSlugs = article.TermsUsed;
        var terms = await db.Terms.Where(t => termSlugs.Contains(t.Slug))
            .Select(t => new TermUse(t.Slug, t.Title, t.DefinitionText, SiteUrls.Term(t.Slug))).ToListAsync(cancellationToken);
        terms = terms.OrderBy(t => termSlugs.IndexOf(t.Slug)).ToList();
        DocumentCard? translation = null;
        if (article.Translation is not null)
        {
            translation = await db.Articles.Where(a => a.Slug == article.Translation).Select(ArticleCard).FirstOrDefaultAsync(cancellationToken);
        }
        // Within a topic the neighbours follow its reading order; an article in no topic falls back to its first tag.
        var trail = await _wayfinding.TrailForAsync(article, cancellationToken);
        var (previous, next) = trail is not null ? (trail.Previous, trail.Next) : await NeighboursAsync(article, cancellationToken);
        var onPath = readingPath is null ? null : await _wayfinding.PositionOnPathAsync(readingPath, article.Slug, cancellationToken);
        return new ArticlePage(article, backlinks, terms, translation, previous, next, trail, onPath);
    }

    public async Task<TermPage?> GetTermAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (!SiteUrls.IsValidSlug(slug)) return null;
        var term = await db.Terms.Include(t => t.Aliases).Include(t => t.Sources.OrderBy(s => s.Position)).Include(t => t.Tags)
            .AsSplitQuery().FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (term is null) return null;
        var related = await db.Terms.Where(t => term.Related.Contains(t.Slug))
            .Select(t => new TermUse(t.Slug, t.Title, t.DefinitionText, SiteUrls.Term(t.Slug))).ToListAsync(cancellationToken);
        related = related.OrderBy(r => term.Related.IndexOf(r.Slug)).ToList();
        var users = await db.Articles
            .Where(a => a.TermsUsed.Contains(slug))
            .OrderBy(a => a.Title)
            .Select(a => new { Card = new DocumentCard(a.Kind, a.Slug, a.Title, a.Summary, SiteUrls.For(a.Kind, a.Slug), a.Lang, a.Updated), a.PlainText })
            .ToListAsync(cancellationToken);
        var names = DocumentOutline.TermNames(term.Title, term.English, term.Abbreviation, term.Aliases.Select(a => a.Alias));
        var usedIn = users.Select(u => new TermOccurrence(u.Card, Concordance.SentenceWith(u.PlainText, names))).ToList();
        return new TermPage(term, related, usedIn);
    }

    public Task<List<DocumentCard>> ListArticlesAsync(string? lang = null, CancellationToken cancellationToken = default) =>
        db.Articles.Where(a => lang == null || a.Lang == lang).OrderBy(a => a.Title).Select(ArticleCard).ToListAsync(cancellationToken);

    public Task<int> CountArticlesAsync(CancellationToken cancellationToken = default) => db.Articles.CountAsync(cancellationToken);

    public Task<List<GlossaryTerm>> ListTermsAsync(CancellationToken cancellationToken = default) =>
        db.Terms.Include(t => t.Aliases).OrderBy(t => t.Title).ToListAsync(cancellationToken);

    /// <summary>Every term as the glossary exports show it, in export order (only the columns they need, no bodies).</summary>
    public async Task<List<ExportedTerm>> ExportTermsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Terms
            .Select(t => new { t.Slug, t.Title, t.English, t.Abbreviation, Aliases = t.Aliases.OrderBy(a => a.Id).Select(a => a.Alias).ToList(), t.DefinitionText })
            .ToListAsync(cancellationToken);
        return ExportedTerm.InGlossaryOrder(rows.Select(r => ExportedTerm.Create(r.Slug, r.Title, r.English, r.Abbreviation, r.Aliases, r.DefinitionText)));
    }

    public Task<GlossaryTerm?> FindTermAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Terms.Include(t => t.Aliases).FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);

    public Task<List<DocumentCard>> FeaturedAsync(CancellationToken cancellationToken = default) =>
        db.Articles.Where(a => a.Featured).OrderBy(a => a.Title).Select(ArticleCard).ToListAsync(cancellationToken);

    public Task<List<DocumentCard>> RecentlyUpdatedAsync(int count, CancellationToken cancellationToken = default) =>
        db.Articles.OrderByDescending(a => a.Updated).ThenBy(a => a.Title).Take(count).Select(ArticleCard).ToListAsync(cancellationToken);

    public Task<List<DocumentCard>> AllDocumentsAsync(CancellationToken cancellationToken = default) =>
        db.Documents.OrderBy(d => d.Kind).ThenBy(d => d.Slug).Select(Card).ToListAsync(cancellationToken);

    public async Task<List<DocumentCard>> TaggedAsync(string tag, CancellationToken cancellationToken = default)
    {
        var tagged = WithTag(tag);
        return await db.Documents.Where(d => tagged.Contains(d.Id)).OrderBy(d => d.Kind).ThenBy(d => d.Title).Select(Card).ToListAsync(cancellationToken);
    }

    public async Task<List<TagCount>> TagsAsync(CancellationToken cancellationToken = default) =>
        (await db.Tags.GroupBy(t => t.Tag).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .Select(t => new TagCount(t.Key, t.Count)).OrderByDescending(t => t.Count).ThenBy(t => t.Tag, StringComparer.Ordinal).ToList();

    public async Task<StoreStats> StatsAsync(CancellationToken cancellationToken = default)
    {
        var lastBuild = await db.BuildStates.Where(s => s.Key == "last-build").Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        return new StoreStats(
            await db.Articles.CountAsync(cancellationToken),
            await db.Terms.CountAsync(cancellationToken),
            await db.Links.CountAsync(l => l.TargetKind != null, cancellationToken),
            await db.Tags.Select(t => t.Tag).Distinct().CountAsync(cancellationToken),
            DateTime.TryParse(lastBuild, null, System.Globalization.DateTimeStyles.RoundtripKind, out var date) ? date : null);
    }

    private Task<List<DocumentCard>> BacklinksAsync(DocumentKind kind, string slug, CancellationToken cancellationToken)
    {
        var linking = LinksTo(kind, slug);
        return db.Documents.Where(d => linking.Contains(d.Id) && !(d.Kind == kind && d.Slug == slug))
            .OrderBy(d => d.Kind).ThenBy(d => d.Title).Select(Card).ToListAsync(cancellationToken);
    }

    /// <summary>Previous and next article (by title) among those sharing the article's first tag and language (articles in no topic).</summary>
    private async Task<(DocumentCard?, DocumentCard?)> NeighboursAsync(Article article, CancellationToken cancellationToken)
    {
        var tag = article.Tags.Select(t => t.Tag).FirstOrDefault();
        if (tag is null) return (null, null);
        var tagged = WithTag(tag);
        var siblings = await db.Articles.Where(a => a.Lang == article.Lang && tagged.Contains(a.Id))
            .OrderBy(a => a.Title).Select(ArticleCard).ToListAsync(cancellationToken);
        var position = siblings.FindIndex(s => s.Slug == article.Slug);
        return (position > 0 ? siblings[position - 1] : null, position >= 0 && position < siblings.Count - 1 ? siblings[position + 1] : null);
    }

    // "Documents linking to X" and "documents tagged T" as IN (subquery on the indexed column): written as
    // d.Links.Any(...) they made SQLite walk every document's links or tags on each page view.
    private IQueryable<int> LinksTo(DocumentKind kind, string slug) =>
        db.Links.Where(l => l.TargetKind == kind && l.TargetSlug == slug).Select(l => l.DocumentId);

    private IQueryable<int> WithTag(string tag) => db.Tags.Where(t => t.Tag == tag).Select(t => t.DocumentId);

    // An expression, not a method: EF then reads only these columns (a method call would load whole rows, bodies included).
    private static readonly System.Linq.Expressions.Expression<Func<StoredDocument, DocumentCard>> Card =
        d => new DocumentCard(d.Kind, d.Slug, d.Title, d.Summary, SiteUrls.For(d.Kind, d.Slug), d.Lang, d.Updated);

    private static readonly System.Linq.Expressions.Expression<Func<Article, DocumentCard>> ArticleCard =
        a => new DocumentCard(a.Kind, a.Slug, a.Title, a.Summary, SiteUrls.For(a.Kind, a.Slug), a.Lang, a.Updated);
}
