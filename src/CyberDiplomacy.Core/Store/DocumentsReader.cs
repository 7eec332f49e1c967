using CyberDiplomacy.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace CyberDiplomacy.Core.Store;

/// <summary>
/// The read queries behind the primary documents: the catalogue, a document's page, the timeline, Indonesia's record
/// and the documents API. All no-tracking; lists read only the columns they show, never the bodies.
/// </summary>
public sealed class DocumentsReader(KnowledgeBaseDbContext db)
{
    public async Task<DocumentCatalogue> CatalogueAsync(DocumentFilter filter, CancellationToken cancellationToken = default) =>
        DocumentCatalogue.Build(await ListingsAsync(cancellationToken), filter);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => db.PrimaryDocuments.CountAsync(cancellationToken);

    public async Task<DocumentPage?> GetDocumentAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (!SiteUrls.IsValidSlug(slug)) return null;
        var document = await db.PrimaryDocuments.Include(d => d.Tags).Include(d => d.Sources.OrderBy(s => s.Position))
            .AsSplitQuery().FirstOrDefaultAsync(d => d.Slug == slug, cancellationToken);
        if (document is null) return null;
        var citedBy = await CitedByAsync(slug, cancellationToken);
        var source = document.Sources.FirstOrDefault(s => s.CitationId is not null && s.CitationId == document.IndonesiaSource);
        var track = (await TimelineAsync(document.Track, cancellationToken)).Entries;
        var (previous, next) = TimelinePage.Around(track, document.Url);
        return new DocumentPage(document, source, citedBy, previous, next);
    }

    /// <summary>Every document's adoption and every stored event, oldest first; of one track when <paramref name="track"/> is set.</summary>
    public async Task<TimelinePage> TimelineAsync(string? track, CancellationToken cancellationToken = default)
    {
        var documents = await db.PrimaryDocuments.Select(d => new { d.Slug, d.Title, d.Adopted, d.Track }).ToListAsync(cancellationToken);
        var events = await db.Events
            .Select(e => new { e.Date, e.Title, e.Track, e.Anchor, e.Document!.Kind, e.Document.Slug, SourceTitle = e.Document.Title })
            .ToListAsync(cancellationToken);
        var entries = documents.Select(d => new TimelineEntry(Date(d.Adopted), d.Title, d.Track, SiteUrls.Document(d.Slug), true, d.Title))
            .Concat(events.Select(e => new TimelineEntry(Date(e.Date), e.Title, e.Track,
                SiteUrls.For(e.Kind, e.Slug) + (string.IsNullOrEmpty(e.Anchor) ? "" : "#" + e.Anchor), false, e.SourceTitle)));
        return TimelinePage.Build(entries, track);
    }

    public async Task<IndonesiaOverview> IndonesiaAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.PrimaryDocuments
            .Select(d => new { d.Slug, d.Title, d.Symbol, d.InstrumentKind, d.IssuedBy, d.Adopted, d.Track, d.IndonesiaStatus, d.IndonesiaDate, d.IndonesiaNote })
            .ToListAsync(cancellationToken);
        var entries = rows.Where(r => r.IndonesiaStatus is not null)
            .Select(r => new IndonesiaEntry(
                new DocumentListing(r.Slug, r.Title, r.Symbol, r.InstrumentKind, r.IssuedBy, Date(r.Adopted), r.Track, r.IndonesiaStatus),
                r.IndonesiaStatus!, r.IndonesiaDate is null ? null : Date(r.IndonesiaDate), r.IndonesiaNote))
            .ToList();
        var groups = InstrumentVocabulary.Statuses
            .Select(status => new IndonesiaStatusGroup(status, entries.Where(e => e.Status == status)
                .OrderBy(e => e.Document.Adopted).ThenBy(e => e.Document.Title, StringComparer.Ordinal).ToList()))
            .Where(g => g.Entries.Count > 0).ToList();
        var treaties = rows.Where(r => IndonesiaOverview.TreatyKinds.Contains(r.InstrumentKind)).ToList();
        return new IndonesiaOverview(groups, treaties.Count,
            treaties.Count(t => t.IndonesiaStatus is not null && IndonesiaOverview.JoinedStatuses.Contains(t.IndonesiaStatus)));
    }

    /// <summary>Every document in the API's shape, oldest first.</summary>
    public async Task<List<DocumentFacts>> ListFactsAsync(CancellationToken cancellationToken = default) =>
        await FactsAsync(null, cancellationToken);

    public async Task<DocumentFacts?> FindFactsAsync(string slug, CancellationToken cancellationToken = default) =>
        SiteUrls.IsValidSlug(slug) ? (await FactsAsync(slug, cancellationToken)).FirstOrDefault() : null;

    /// <summary>The documents whose file changed last, for the feed.</summary>
    public Task<List<DocumentCard>> RecentlyUpdatedAsync(int count, CancellationToken cancellationToken = default) =>
        db.PrimaryDocuments.OrderByDescending(d => d.Updated).ThenBy(d => d.Title).Take(count)
            .Select(d => new DocumentCard(d.Kind, d.Slug, d.Title, d.Summary, SiteUrls.Document(d.Slug), d.Lang, d.Updated))
            .ToListAsync(cancellationToken);

    private async Task<List<DocumentFacts>> FactsAsync(string? slug, CancellationToken cancellationToken)
    {
        var rows = await db.PrimaryDocuments.Where(d => slug == null || d.Slug == slug)
            .OrderBy(d => d.AdoptedSort).ThenBy(d => d.Slug)
            .Select(d => new
            {
                d.Slug, d.Title, d.Symbol, d.InstrumentKind, d.IssuedBy, d.Adopted, d.InForce, d.OfficialUrl,
                d.IndonesiaStatus, d.IndonesiaDate, d.IndonesiaNote,
                Tags = d.Tags.OrderBy(t => t.Id).Select(t => t.Tag).ToList(),
            })
            .ToListAsync(cancellationToken);
        var citing = await db.Links.Where(l => l.TargetKind == DocumentKind.Document && (slug == null || l.TargetSlug == slug))
            .Select(l => new { l.TargetSlug, l.Document!.Kind, l.Document.Slug })
            .Distinct().ToListAsync(cancellationToken);
        var citedBy = citing.Where(c => !(c.Kind == DocumentKind.Document && c.Slug == c.TargetSlug))
            .GroupBy(c => c.TargetSlug ?? "")
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Kind).ThenBy(c => c.Slug, StringComparer.Ordinal).Select(c => SiteUrls.For(c.Kind, c.Slug)).ToList());
        return rows.Select(r => new DocumentFacts(r.Slug, r.Title, r.Symbol, r.InstrumentKind, r.IssuedBy, r.Adopted, r.InForce, r.OfficialUrl,
                r.IndonesiaStatus is null ? null : new IndonesiaFacts(r.IndonesiaStatus, r.IndonesiaDate, r.IndonesiaNote),
                r.Tags, citedBy.GetValueOrDefault(r.Slug) ?? []))
            .ToList();
    }

    private async Task<List<DocumentListing>> ListingsAsync(CancellationToken cancellationToken) =>
        (await db.PrimaryDocuments
            .Select(d => new { d.Slug, d.Title, d.Symbol, d.InstrumentKind, d.IssuedBy, d.Adopted, d.Track, d.IndonesiaStatus })
            .ToListAsync(cancellationToken))
        .Select(r => new DocumentListing(r.Slug, r.Title, r.Symbol, r.InstrumentKind, r.IssuedBy, Date(r.Adopted), r.Track, r.IndonesiaStatus))
        .ToList();

    /// <summary>The articles, terms and other documents that link to a document (its own links to itself aside).</summary>
    private Task<List<DocumentCard>> CitedByAsync(string slug, CancellationToken cancellationToken)
    {
        // IN (subquery on the indexed link target), as KnowledgeBaseReader's backlinks: no scan of every document's links.
        var linking = db.Links.Where(l => l.TargetKind == DocumentKind.Document && l.TargetSlug == slug).Select(l => l.DocumentId);
        return db.Documents.Where(d => linking.Contains(d.Id) && !(d.Kind == DocumentKind.Document && d.Slug == slug))
            .OrderBy(d => d.Kind).ThenBy(d => d.Title)
            .Select(d => new DocumentCard(d.Kind, d.Slug, d.Title, d.Summary, SiteUrls.For(d.Kind, d.Slug), d.Lang, d.Updated))
            .ToListAsync(cancellationToken);
    }

    // Stored dates were checked at ingest (KB032, KB028); a row that somehow is not one sorts as year 1, never throws.
    private static PartialDate Date(string text) => PartialDate.TryParse(text, out var date) ? date : new PartialDate(1, 0, 0);
}
