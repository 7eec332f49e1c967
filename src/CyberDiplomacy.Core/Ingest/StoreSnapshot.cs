using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>A stored document as an ingest sees it: enough to tell what changed, without its body or links.</summary>
internal sealed record StoredSummary(int Id, DocumentKind Kind, string Slug, string RelativePath, string ContentHash, long FileLength,
    long FileModifiedTicks, DateTime? Updated, string UpdatedSource, string Lang, string Title)
{
    public bool StampMatches(FileStamp file) => FileLength == file.Length && FileModifiedTicks == file.LastWriteUtc.Ticks;
}

/// <summary>
/// The store as an ingest sees it, read before it parses (or remembered from this process's last ingest): every document's path, hash and file stamp (from a covering
/// index), the glossary (small), translations and the build state. Bodies and the hundreds of thousands of link rows
/// stay on disk, so a no-op or one-file ingest stays cheap however large the corpus.
/// </summary>
internal sealed class StoreSnapshot
{
    internal StoreSnapshot(List<StoredSummary> documents, Dictionary<string, GlossaryTerm> termsByPath,
        Dictionary<string, string> translations, Dictionary<string, string> buildState, Dictionary<string, string>? symbols = null,
        Dictionary<string, List<MemberRef>>? members = null)
    {
        Members = members ?? new Dictionary<string, List<MemberRef>>(StringComparer.Ordinal);
        Symbols = symbols ?? new Dictionary<string, string>(StringComparer.Ordinal);
        Documents = documents;
        ByPath = documents.ToDictionary(d => d.RelativePath, StringComparer.Ordinal);
        TermsByPath = termsByPath;
        Translations = translations;
        BuildState = buildState;
    }

    public List<StoredSummary> Documents { get; }
    public Dictionary<string, StoredSummary> ByPath { get; }
    public Dictionary<string, GlossaryTerm> TermsByPath { get; }
    /// <summary>Article path → the slug its <c>translation</c> names.</summary>
    public Dictionary<string, string> Translations { get; }
    public Dictionary<string, string> BuildState { get; }
    /// <summary>Primary document path → its symbol (symbols are unique across documents).</summary>
    public Dictionary<string, string> Symbols { get; }
    /// <summary>Topic and reading path path → the articles it names.</summary>
    public Dictionary<string, List<MemberRef>> Members { get; }

    /// <summary>The state as this ingest leaves it, so that the next one in this process need not read it back.</summary>
    public StoreSnapshot After(IReadOnlyList<InsertedDocument> inserted, IEnumerable<string> removedPaths, IEnumerable<ContentFile> restamped,
        IEnumerable<DateChange> dateChanges, IReadOnlyDictionary<string, string> buildState)
    {
        var byPath = new Dictionary<string, StoredSummary>(ByPath, StringComparer.Ordinal);
        var terms = new Dictionary<string, GlossaryTerm>(TermsByPath, StringComparer.Ordinal);
        var translations = new Dictionary<string, string>(Translations, StringComparer.Ordinal);
        var symbols = new Dictionary<string, string>(Symbols, StringComparer.Ordinal);
        var members = new Dictionary<string, List<MemberRef>>(Members, StringComparer.Ordinal);
        foreach (var path in removedPaths.Concat(inserted.Select(i => i.File.RelativePath)))
        {
            byPath.Remove(path);
            terms.Remove(path);
            translations.Remove(path);
            symbols.Remove(path);
            members.Remove(path);
        }
        // An inserted document took its slug from any other file that had it (see the ingest's store write).
        var insertedKeys = inserted.Select(i => (i.Document.Kind, i.Document.Slug)).ToHashSet();
        foreach (var moved in byPath.Values.Where(d => insertedKeys.Contains((d.Kind, d.Slug))).ToList())
        {
            byPath.Remove(moved.RelativePath);
            terms.Remove(moved.RelativePath);
            translations.Remove(moved.RelativePath);
            symbols.Remove(moved.RelativePath);
            members.Remove(moved.RelativePath);
        }
        foreach (var (file, document, id, updated, updatedSource) in inserted)
        {
            byPath[file.RelativePath] = new StoredSummary(id, document.Kind, document.Slug, file.RelativePath, document.ContentHash, file.Length,
                file.LastWriteUtc.Ticks, updated, updatedSource, document.Lang, document.Title);
            if (document.Kind == DocumentKind.Term)
            {
                var term = (GlossaryTerm)DocumentMapping.ToStored(document, updated, updatedSource, DateTime.UtcNow);
                term.Id = id;
                terms[file.RelativePath] = term;
            }
            else if (document.Translation is { } translation)
            {
                translations[file.RelativePath] = translation;
            }
            if (document.Instrument?.Symbol is { } symbol) symbols[file.RelativePath] = symbol;
            if (document.Wayfinding is { } wayfinding) members[file.RelativePath] = [.. wayfinding.Members];
        }
        foreach (var file in restamped.Where(f => byPath.ContainsKey(f.RelativePath)))
        {
            byPath[file.RelativePath] = byPath[file.RelativePath] with { FileLength = file.Length, FileModifiedTicks = file.LastWriteUtc.Ticks };
        }
        var byId = byPath.Values.ToDictionary(d => d.Id);
        foreach (var (id, updated, source) in dateChanges)
        {
            if (byId.TryGetValue(id, out var document)) byPath[document.RelativePath] = document with { Updated = updated, UpdatedSource = source };
        }
        return new StoreSnapshot([.. byPath.Values.OrderBy(d => d.RelativePath, StringComparer.Ordinal)], terms, translations, new Dictionary<string, string>(buildState), symbols, members);
    }

    public static async Task<StoreSnapshot> LoadAsync(KnowledgeBaseDbContext db, CancellationToken cancellationToken)
    {
        var documents = new List<StoredSummary>();
        var translations = new Dictionary<string, string>(StringComparer.Ordinal);
        var symbols = new Dictionary<string, string>(StringComparer.Ordinal);
        var members = new Dictionary<string, List<MemberRef>>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Plain SQL on the covering indexes: on every ingest, for every document, so no per-row overhead is spared.
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT Id, Kind, Slug, RelativePath, ContentHash, FileLength, FileModifiedTicks, Updated, UpdatedSource, Lang, Title FROM Documents";
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    documents.Add(new StoredSummary(reader.GetInt32(0), StoreConversions.KindFromText(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
                        reader.GetString(4), reader.GetInt64(5), reader.GetInt64(6), reader.IsDBNull(7) ? null : reader.GetDateTime(7), reader.GetString(8),
                        reader.GetString(9), reader.GetString(10)));
                }
            }
            command.CommandText = "SELECT RelativePath, Translation FROM Documents WHERE Translation IS NOT NULL";
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken)) translations[reader.GetString(0)] = reader.GetString(1);
            }
            command.CommandText = "SELECT RelativePath, Symbol FROM Documents WHERE Symbol IS NOT NULL";
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken)) symbols[reader.GetString(0)] = reader.GetString(1);
            }
            command.CommandText = "SELECT RelativePath, Members FROM Documents WHERE Members IS NOT NULL";
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken)) members[reader.GetString(0)] = StoreConversions.FromJson<List<MemberRef>>(reader.GetString(1));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        var terms = await db.Terms.Include(t => t.Aliases).Include(t => t.Links).AsSplitQuery().ToListAsync(cancellationToken);
        var state = await db.BuildStates.ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        return new StoreSnapshot(documents, terms.ToDictionary(t => t.RelativePath, StringComparer.Ordinal), translations, state, symbols, members);
    }

    /// <summary>Stored documents with their tags and aliases, for re-indexing those kept as they were.</summary>
    public static async Task<List<StoredDocument>> LoadDocumentsAsync(KnowledgeBaseDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var documents = new List<StoredDocument>();
        foreach (var chunk in ids.Chunk(500))
        {
            documents.AddRange(await db.Documents.Include(d => d.Tags).Include(d => ((GlossaryTerm)d).Aliases).AsSplitQuery()
                .Where(d => chunk.Contains(d.Id)).ToListAsync(cancellationToken));
        }
        return documents;
    }

    /// <summary>
    /// Outlines of the documents kept as stored, for cross-document validation. Their links resolved when they were
    /// accepted, so only the links whose target is now missing are read back: those are all validation looks at. A
    /// stored link can only dangle after a document went away (now, or in an ingest that left dangling links behind);
    /// otherwise <paramref name="targetsMayBeMissing"/> is false and no link is read at all.
    /// </summary>
    public async Task<List<DocumentOutline>> KeptOutlinesAsync(KnowledgeBaseDbContext db, IReadOnlyList<StoredSummary> kept,
        IReadOnlyCollection<DocumentOutline> others, bool targetsMayBeMissing, CancellationToken cancellationToken)
    {
        if (kept.Count == 0) return [];
        if (!targetsMayBeMissing) return kept.Select(k => Outline(k, [])).ToList();
        var keys = others.Select(o => (o.Kind, o.Slug)).Concat(kept.Select(k => (k.Kind, k.Slug))).ToHashSet();
        // The distinct targets come from the (kind, slug) index alone; only links to a missing one are read in full.
        var targets = await db.Links.Where(l => l.TargetKind != null).Select(l => new { l.TargetKind, l.TargetSlug }).Distinct().ToListAsync(cancellationToken);
        var missing = targets.Where(t => !keys.Contains((t.TargetKind!.Value, t.TargetSlug!))).Select(t => t.TargetSlug!).Distinct().ToList();
        var keptIds = kept.Select(k => k.Id).ToHashSet();
        var dangling = new Dictionary<int, List<DocumentLink>>();
        foreach (var chunk in missing.Chunk(500))
        {
            var links = await db.Links.Where(l => l.TargetKind != null && chunk.Contains(l.TargetSlug!))
                .OrderBy(l => l.Line).ThenBy(l => l.Column)
                .ToListAsync(cancellationToken);
            foreach (var link in links.Where(l => keptIds.Contains(l.DocumentId) && !keys.Contains((l.TargetKind!.Value, l.TargetSlug!))))
            {
                if (!dangling.TryGetValue(link.DocumentId, out var list)) dangling[link.DocumentId] = list = [];
                list.Add(new DocumentLink(link.Line, link.Column, link.Url, link.TargetKind, link.TargetSlug));
            }
        }
        return kept.Select(k => Outline(k, dangling.GetValueOrDefault(k.Id) ?? [])).ToList();
    }

    private DocumentOutline Outline(StoredSummary document, IReadOnlyList<DocumentLink> links)
    {
        var term = document.Kind == DocumentKind.Term ? TermsByPath.GetValueOrDefault(document.RelativePath) : null;
        return new DocumentOutline(document.Kind, document.Slug, document.RelativePath, document.Lang, Translations.GetValueOrDefault(document.RelativePath),
            links, term?.Related ?? [], term is null ? [] : DocumentMapping.TermNames(term)) { Symbol = Symbols.GetValueOrDefault(document.RelativePath), Members = Members.GetValueOrDefault(document.RelativePath) ?? [] };
    }
}
