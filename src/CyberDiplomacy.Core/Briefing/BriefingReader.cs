using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Markdown.Citations;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace CyberDiplomacy.Core.Briefing;

/// <summary>The read queries behind a briefing pack (<c>/briefing</c>, <c>/briefing.epub</c>). All no-tracking.</summary>
public sealed class BriefingReader(KnowledgeBaseDbContext db)
{
    /// <param name="preferredLang">The reader's language: of an article and its translation both carrying the tag, the pack keeps this one.</param>
    public async Task<BriefingOutcome> ReadAsync(BriefingSelection selection, IReadOnlyList<string> malformed, string preferredLang,
        CancellationToken cancellationToken = default)
    {
        if (selection.IsEmpty && malformed.Count == 0) return BriefingOutcome.Refused(BriefingProblem.NothingChosen);
        if (selection.Articles.Count > BriefingSelection.MaxArticles || selection.Documents.Count > BriefingSelection.MaxDocuments)
        {
            return BriefingOutcome.Refused(BriefingProblem.TooManyArticles);
        }
        var missing = malformed.Select(slug => new MissingItem("slug", slug)).ToList();
        var articleSlugs = selection.Articles.ToList();
        var documentSlugs = selection.Documents.ToList();
        if (selection.Tag is { } tag)
        {
            var tagged = db.Tags.Where(t => t.Tag == tag).Select(t => t.DocumentId);
            var taggedArticles = await db.Articles.Where(a => tagged.Contains(a.Id)).OrderBy(a => a.Title)
                .Select(a => new TaggedArticle(a.Slug, a.Lang, a.Translation)).ToListAsync(cancellationToken);
            var taggedDocuments = await db.PrimaryDocuments.Where(d => tagged.Contains(d.Id)).Select(d => d.Slug).ToListAsync(cancellationToken);
            if (taggedArticles.Count == 0 && taggedDocuments.Count == 0) missing.Add(new MissingItem("tag", tag));
            articleSlugs.AddRange(OneLanguageEach(taggedArticles, preferredLang).Where(s => !articleSlugs.Contains(s)));
            documentSlugs.AddRange(taggedDocuments.Where(s => !documentSlugs.Contains(s)));
        }
        var omitted = Math.Max(0, articleSlugs.Count - BriefingSelection.MaxArticles);
        articleSlugs = articleSlugs.Take(BriefingSelection.MaxArticles).ToList();

        var articles = await db.Articles.Where(a => articleSlugs.Contains(a.Slug))
            .Include(a => a.Tags).Include(a => a.Sources.OrderBy(s => s.Position)).AsSplitQuery().ToListAsync(cancellationToken);
        missing.AddRange(selection.Articles.Where(s => !articles.Exists(a => a.Slug == s)).Select(s => new MissingItem("article", s)));
        var knownDocuments = await db.PrimaryDocuments.Where(d => selection.Documents.Contains(d.Slug)).Select(d => d.Slug).ToListAsync(cancellationToken);
        missing.AddRange(selection.Documents.Where(s => !knownDocuments.Contains(s)).Select(s => new MissingItem("document", s)));
        if (missing.Count > 0) return BriefingOutcome.Refused(BriefingProblem.NotFound, missing);
        articles = articles.OrderBy(a => articleSlugs.IndexOf(a.Slug)).ToList();

        var articleIds = articles.Select(a => a.Id).ToList();
        var citations = await db.Links.Where(l => articleIds.Contains(l.DocumentId) && l.TargetKind == DocumentKind.Document)
            .Select(l => new { l.DocumentId, Slug = l.TargetSlug! }).Distinct().ToListAsync(cancellationToken);
        documentSlugs.AddRange(citations.Select(c => c.Slug).Where(s => !documentSlugs.Contains(s)));
        var documents = await db.PrimaryDocuments.Where(d => documentSlugs.Contains(d.Slug))
            .Include(d => d.Sources.OrderBy(s => s.Position)).AsSplitQuery().ToListAsync(cancellationToken);
        documents = documents.OrderBy(d => d.AdoptedSort).ThenBy(d => d.Title, StringComparer.OrdinalIgnoreCase).ToList();

        var documentIds = documents.Select(d => d.Id).ToList();
        var documentTerms = await db.Links.Where(l => documentIds.Contains(l.DocumentId) && l.TargetKind == DocumentKind.Term)
            .Select(l => l.TargetSlug!).Distinct().ToListAsync(cancellationToken);
        var termSlugs = articles.SelectMany(a => a.TermsUsed).Concat(documentTerms).Distinct().ToList();
        var terms = await db.Terms.Where(t => termSlugs.Contains(t.Slug))
            .Select(t => new PackTerm(t.Slug, t.Title, t.English, t.Abbreviation, t.DefinitionText)).ToListAsync(cancellationToken);

        var citedBy = citations.ToLookup(c => c.Slug, c => articles.First(a => a.Id == c.DocumentId).Slug);
        return BriefingOutcome.Of(new BriefingPack(
            selection,
            articles.Select(a => new PackArticle(Text(a), a.Summary, a.Tags.Select(t => t.Tag).ToList())).ToList(),
            documents.Select(d => new PackDocument(Text(d), d.Symbol, d.InstrumentKind, d.IssuedBy, d.Adopted, d.InForce, d.OfficialUrl,
                articles.Where(a => citedBy[d.Slug].Contains(a.Slug)).Select(a => a.Slug).ToList())).ToList(),
            terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList(),
            omitted));
    }

    private sealed record TaggedArticle(string Slug, string Lang, string? Translation);

    /// <summary>A tag often sits on an article and on its translation; a pack holds the text once, in the reader's language where it can.</summary>
    private static IEnumerable<string> OneLanguageEach(List<TaggedArticle> tagged, string preferredLang)
    {
        var slugs = tagged.Select(t => t.Slug).ToHashSet();
        return tagged.Where(t => t.Lang == preferredLang || t.Translation is null || !slugs.Contains(t.Translation)).Select(t => t.Slug);
    }

    private static PackText Text(StoredDocument document) => new(document.Kind, document.Slug, document.Title, document.Lang,
        document.Updated, document.Html, document.Headings, document.Sources.Select(s => new PackSource(s.Position, s.Title, s.Url, s.Publisher, s.Date, s.Primary,
            Cited: document.Html.Contains($"id=\"{CitationAnchors.Citation(s.Position, 1)}\"", StringComparison.Ordinal))).ToList());
}
