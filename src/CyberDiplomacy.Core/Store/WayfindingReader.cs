using CyberDiplomacy.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace CyberDiplomacy.Core.Store;

/// <summary>
/// The read queries of way-finding: topics and their hubs, an article's place in its topic, the grouped article list and
/// reading paths. Topics and paths name Indonesian articles; English articles follow their translation.
/// </summary>
public sealed class WayfindingReader(KnowledgeBaseDbContext db)
{
    /// <summary>The reading path the home page offers newcomers.</summary>
    public const string BeginnersPath = "mulai-di-sini";

    private const int KeyTermCount = 8;
    private const int KeyDocumentCount = 8;
    private const int LatestCount = 5;

    public async Task<List<TopicCard>> ListTopicsAsync(CancellationToken cancellationToken = default) =>
        [.. (await TopicOutlinesAsync(cancellationToken)).Select(t => t.Card)];

    public async Task<TopicHub?> GetTopicAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (!SiteUrls.IsValidSlug(slug)) return null;
        var topic = await db.Set<Topic>().FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (topic is null) return null;
        var members = topic.Members.Select(m => m.Slug).Distinct().ToList();
        var rows = (await db.Articles.Where(a => a.Lang == "id" && members.Contains(a.Slug))
                .Select(a => new { a.Id, a.Slug, a.Title, a.Summary, a.Updated, a.WordCount, a.TermsUsed }).ToListAsync(cancellationToken))
            .OrderBy(a => members.IndexOf(a.Slug)).ToList();
        var translations = await TranslationsAsync(members, "en", cancellationToken);
        var articles = rows.Select(a => new ReadingItem(Card(a.Slug, a.Title, a.Summary, "id", a.Updated), ReadingTime.Minutes(a.WordCount),
            translations.GetValueOrDefault(a.Slug))).ToList();

        var terms = await KeyTermsAsync(rows.Select(a => a.TermsUsed).ToList(), cancellationToken);
        var articleIds = rows.Select(a => a.Id).ToList();
        var cited = await CitedDocumentsAsync(articleIds, cancellationToken);
        var documents = cited.Take(KeyDocumentCount).ToList();
        var slugOfArticle = rows.ToDictionary(a => a.Id, a => a.Slug);
        var events = await db.Events.Where(e => articleIds.Contains(e.DocumentId)).OrderByDescending(e => e.SortDate).Take(LatestCount)
            .Select(e => new { e.DocumentId, e.Date, e.SortDate, e.Title, e.Anchor }).ToListAsync(cancellationToken);
        var latest = events
            .Select(e => new TopicTimelineEntry(e.Date, e.SortDate, e.Title, SiteUrls.Article(slugOfArticle[e.DocumentId]) + (e.Anchor is null ? "" : "#" + e.Anchor), false))
            .Concat(cited.Select(d => new TopicTimelineEntry(d.Document.Adopted, d.AdoptedSort, d.Document.Title, d.Document.Url, true)))
            .OrderByDescending(e => e.SortDate).ThenBy(e => e.IsDocument).Take(LatestCount).ToList();
        return new TopicHub(topic, articles, terms, [.. documents.Select(d => d.Document)], latest);
    }

    /// <summary>The article's topic and that topic's articles in reading order, or null when it belongs to none.</summary>
    public async Task<TopicTrail?> TrailForAsync(Article article, CancellationToken cancellationToken = default)
    {
        var anchor = article.Lang == "id" ? article.Slug : article.Translation;
        if (anchor is null) return null;
        var topic = (await TopicOutlinesAsync(cancellationToken)).FirstOrDefault(t => t.Members.Contains(anchor));
        if (topic is null) return null;
        var indonesian = await IndonesianCardsAsync(topic.Members, cancellationToken);
        // An English article's trail lists the English version of each step where there is one, so a reader stays in English.
        var inLanguage = article.Lang == "id" ? [] : await TranslationsAsync(topic.Members, article.Lang, cancellationToken);
        var articles = topic.Members.Select(m => inLanguage.GetValueOrDefault(m) ?? indonesian.GetValueOrDefault(m)).OfType<DocumentCard>().ToList();
        return new TopicTrail(topic.Card, articles, articles.FindIndex(a => a.Slug == article.Slug));
    }

    /// <summary>Every article (or those in <paramref name="lang"/>) grouped by topic in topic order, each group in reading order.</summary>
    public async Task<List<TopicGroup>> ArticlesByTopicAsync(string? lang = null, CancellationToken cancellationToken = default)
    {
        var topics = await TopicOutlinesAsync(cancellationToken);
        var articles = await db.Articles.Where(a => lang == null || a.Lang == lang)
            .Select(a => new ArticleRow(a.Slug, a.Title, a.Summary, a.Lang, a.Updated, a.Translation)).ToListAsync(cancellationToken);
        var indonesian = articles.Where(a => a.Lang == "id").ToLookup(a => a.Slug);
        var translated = articles.Where(a => a.Lang != "id" && a.Translation is not null).ToLookup(a => a.Translation!);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<TopicGroup>();
        foreach (var topic in topics)
        {
            // Each Indonesian article, then its other-language versions, in the topic's reading order.
            var group = topic.Members.SelectMany(m => indonesian[m].Concat(translated[m])).Where(a => placed.Add(a.Slug)).Select(a => a.Card).ToList();
            if (group.Count > 0) groups.Add(new TopicGroup(topic.Card, group));
        }
        var unplaced = articles.Where(a => !placed.Contains(a.Slug)).OrderBy(a => a.Title, StringComparer.CurrentCulture).Select(a => a.Card).ToList();
        if (unplaced.Count > 0) groups.Add(new TopicGroup(null, unplaced));
        return groups;
    }

    /// <summary>A reading path's steps in order, each linked on the path, or null when there is no such path.</summary>
    public async Task<ReadingPathView?> GetPathAsync(string slug, CancellationToken cancellationToken = default)
    {
        var path = await PathOutlineAsync(slug, cancellationToken);
        if (path is null) return null;
        var slugs = path.Members.Select(m => m.Slug).ToList();
        var minutes = await db.Articles.Where(a => a.Lang == "id" && slugs.Contains(a.Slug))
            .Select(a => new { a.Slug, a.WordCount }).ToDictionaryAsync(a => a.Slug, a => ReadingTime.Minutes(a.WordCount), cancellationToken);
        var cards = await IndonesianCardsAsync(slugs, cancellationToken);
        var steps = path.Members.Select((member, index) => (Card: cards.GetValueOrDefault(member.Slug), Why: path.StepNotes.ElementAtOrDefault(index) ?? ""))
            .Where(s => s.Card is not null)
            .Select((s, index) => new PathStepItem(index + 1, OnPath(s.Card!, path.Slug), minutes[s.Card!.Slug], s.Why)).ToList();
        return new ReadingPathView(path.Slug, path.Title, path.Summary, steps);
    }

    /// <summary>Where the article stands on the path, or null for an unknown path or an article not on it.</summary>
    public async Task<PathPosition?> PositionOnPathAsync(string? pathSlug, string articleSlug, CancellationToken cancellationToken = default)
    {
        var path = await PathOutlineAsync(pathSlug, cancellationToken);
        if (path is null) return null;
        var cards = await IndonesianCardsAsync(path.Members.Select(m => m.Slug).ToList(), cancellationToken);
        var steps = path.Members.Select(m => cards.GetValueOrDefault(m.Slug)).OfType<DocumentCard>().Select(c => OnPath(c, path.Slug)).ToList();
        var index = steps.FindIndex(s => s.Slug == articleSlug);
        if (index < 0) return null;
        return new PathPosition(path.Slug, path.Title, index + 1, steps.Count,
            index > 0 ? steps[index - 1] : null, index < steps.Count - 1 ? steps[index + 1] : null);
    }

    /// <summary>Whether <paramref name="slug"/> names a reading path (the page cache keys pages by known paths only).</summary>
    public async Task<bool> IsReadingPathAsync(string? slug, CancellationToken cancellationToken = default) =>
        SiteUrls.IsValidSlug(slug) && await db.Set<ReadingPath>().AnyAsync(p => p.Slug == slug, cancellationToken);

    private sealed record TopicOutline(TopicCard Card, List<string> Members);

    private sealed record ArticleRow(string Slug, string Title, string Summary, string Lang, DateTime? Updated, string? Translation)
    {
        public DocumentCard Card => WayfindingReader.Card(Slug, Title, Summary, Lang, Updated);
    }

    private sealed record CitedDocument(KeyDocument Document, DateOnly AdoptedSort);

    /// <summary>Every topic in order with the slugs of its articles; counts only articles that exist.</summary>
    private async Task<List<TopicOutline>> TopicOutlinesAsync(CancellationToken cancellationToken)
    {
        var topics = await db.Set<Topic>().OrderBy(t => t.TopicOrder).ThenBy(t => t.Title)
            .Select(t => new { t.Slug, t.Title, t.Summary, t.Updated, t.Members }).ToListAsync(cancellationToken);
        var existing = (await db.Articles.Where(a => a.Lang == "id").Select(a => a.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return [.. topics.Select(t =>
        {
            var members = t.Members.Select(m => m.Slug).Where(existing.Contains).Distinct().ToList();
            return new TopicOutline(new TopicCard(t.Slug, t.Title, t.Summary, SiteUrls.Topic(t.Slug), members.Count, t.Updated), members);
        })];
    }

    private async Task<ReadingPath?> PathOutlineAsync(string? slug, CancellationToken cancellationToken) =>
        SiteUrls.IsValidSlug(slug)
            ? await db.Set<ReadingPath>().Where(p => p.Slug == slug)
                .Select(p => new ReadingPath { Slug = p.Slug, Title = p.Title, Summary = p.Summary, Members = p.Members, StepNotes = p.StepNotes })
                .FirstOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>The glossary terms used by most of the articles, ties in order of first use along the reading order.</summary>
    private async Task<List<KeyTerm>> KeyTermsAsync(List<List<string>> termsByArticle, CancellationToken cancellationToken)
    {
        var counts = termsByArticle.SelectMany(t => t.Distinct()).CountBy(t => t).ToDictionary();
        var firstUse = termsByArticle.SelectMany(t => t).Distinct().ToList();
        var chosen = firstUse.OrderByDescending(t => counts[t]).ThenBy(firstUse.IndexOf).Take(KeyTermCount).ToList();
        var terms = await db.Terms.Where(t => chosen.Contains(t.Slug))
            .Select(t => new { t.Slug, t.Title, t.DefinitionText }).ToListAsync(cancellationToken);
        return [.. terms.OrderBy(t => chosen.IndexOf(t.Slug)).Select(t => new KeyTerm(t.Slug, t.Title, t.DefinitionText, SiteUrls.Term(t.Slug), counts[t.Slug]))];
    }

    /// <summary>Primary documents the articles link to, most-cited first, then newest.</summary>
    private async Task<List<CitedDocument>> CitedDocumentsAsync(List<int> articleIds, CancellationToken cancellationToken)
    {
        var links = await db.Links.Where(l => articleIds.Contains(l.DocumentId) && l.TargetKind == DocumentKind.Document && l.TargetSlug != null)
            .Select(l => new { l.DocumentId, l.TargetSlug }).Distinct().ToListAsync(cancellationToken);
        var counts = links.CountBy(l => l.TargetSlug!).ToDictionary();
        var slugs = counts.Keys.ToList();
        var documents = await db.PrimaryDocuments.Where(d => slugs.Contains(d.Slug))
            .Select(d => new { d.Slug, d.Title, d.Symbol, d.Adopted, d.AdoptedSort }).ToListAsync(cancellationToken);
        return [.. documents.OrderByDescending(d => counts[d.Slug]).ThenByDescending(d => d.AdoptedSort).ThenBy(d => d.Title, StringComparer.CurrentCulture)
            .Select(d => new CitedDocument(new KeyDocument(d.Slug, d.Title, d.Symbol, d.Adopted, SiteUrls.Document(d.Slug), counts[d.Slug]), d.AdoptedSort))];
    }

    private async Task<Dictionary<string, DocumentCard>> IndonesianCardsAsync(List<string> slugs, CancellationToken cancellationToken) =>
        (await db.Articles.Where(a => a.Lang == "id" && slugs.Contains(a.Slug))
            .Select(a => new { a.Slug, a.Title, a.Summary, a.Updated }).ToListAsync(cancellationToken))
        .ToDictionary(a => a.Slug, a => Card(a.Slug, a.Title, a.Summary, "id", a.Updated));

    /// <summary>Articles in <paramref name="lang"/> that translate one of <paramref name="slugs"/>, by the slug they translate.</summary>
    private async Task<Dictionary<string, DocumentCard>> TranslationsAsync(List<string> slugs, string lang, CancellationToken cancellationToken) =>
        (await db.Articles.Where(a => a.Lang == lang && a.Translation != null && slugs.Contains(a.Translation))
            .Select(a => new { Translation = a.Translation!, a.Slug, a.Title, a.Summary, a.Updated }).ToListAsync(cancellationToken))
        .DistinctBy(a => a.Translation)
        .ToDictionary(a => a.Translation, a => Card(a.Slug, a.Title, a.Summary, lang, a.Updated));

    private static DocumentCard Card(string slug, string title, string summary, string lang, DateTime? updated) =>
        new(DocumentKind.Article, slug, title, summary, SiteUrls.Article(slug), lang, updated);

    private static DocumentCard OnPath(DocumentCard card, string path) => card with { Url = SiteUrls.ArticleOnPath(card.Slug, path) };
}
