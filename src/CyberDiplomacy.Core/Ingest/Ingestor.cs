using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>
/// Brings the store and the index in line with <c>content/</c>: only changed files are parsed (all articles when the
/// glossary changed, since they auto-link it); a file with errors is reported and its last good version kept.
/// </summary>
public sealed class Ingestor(
    ContentSource source,
    ContentParser parser,
    IDbContextFactory<KnowledgeBaseDbContext> databases,
    SearchIndex index,
    SuggestionCatalog catalog,
    ContentProblems problems,
    IDocumentDates dates,
    ILogger<Ingestor> logger) : IDisposable
{
    private const string GlossaryVersionKey = "glossary-version";
    private const string ContentVersionKey = "content-version";
    private const string RenderingKey = "rendering";
    private const string DanglingKey = "dangling-links";
    private const string LastBuildKey = "last-build";
    private const string DanglingLinkMessage = "resolves to nothing";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _catalogLock = new();
    private List<CatalogName>? _catalogNames;
    private List<TermCard>? _catalogCards;
    private StoredState? _state;

    public event Action<IngestReport>? Ingested;

    public async Task<IngestReport> IngestAsync(IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var report = await RunAsync(progress, cancellationToken);
            Ingested?.Invoke(report);
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IngestReport> RunAsync(IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var phases = new List<(string, long)>();
        void Phase(string name) => phases.Add((name, stopwatch.ElapsedMilliseconds));
        var scanned = source.Scan();
        Phase("scan");
        var stored = await CurrentStateAsync(db, cancellationToken);
        var state = stored.BuildState;
        Phase("state");

        var storedContentVersion = state.GetValueOrDefault(ContentVersionKey);
        var fullRebuild = storedContentVersion is null || storedContentVersion != index.CommittedContentVersion
            || state.GetValueOrDefault(RenderingKey) != ContentParser.RenderingVersion;
        if (fullRebuild && stored.Documents.Count > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Index and store disagree (store {StoreVersion}, index {IndexVersion}); rebuilding both from content",
                storedContentVersion ?? "none", index.CommittedContentVersion ?? "none");
        }
        // Only files whose size or time moved are read; of those, only files whose text changed are parsed.
        bool MustRead(FileStamp f) => fullRebuild || !stored.ByPath.TryGetValue(f.RelativePath, out var s) || !s.StampMatches(f);
        bool Changed(ContentFile f) => fullRebuild || !stored.ByPath.TryGetValue(f.RelativePath, out var s) || s.ContentHash != f.Hash;
        string HashOf(FileStamp f, Dictionary<string, ContentFile> read) =>
            read.TryGetValue(f.RelativePath, out var file) ? file.Hash : stored.ByPath.TryGetValue(f.RelativePath, out var s) ? s.ContentHash : "";

        var termStamps = scanned.Where(f => f.IsTerm).ToList();
        var articleStamps = scanned.Where(f => !f.IsTerm).ToList();
        var readTerms = source.Read(termStamps.Where(MustRead)).ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var glossaryVersion = Fingerprint(termStamps.Where(f => HashOf(f, readTerms).Length > 0).Select(f => f.RelativePath + "=" + HashOf(f, readTerms)));
        var glossaryChanged = fullRebuild || state.GetValueOrDefault(GlossaryVersionKey) != glossaryVersion;
        // Articles auto-link the glossary: when it changed, every article is rendered again.
        var readArticles = source.Read(articleStamps.Where(f => glossaryChanged || MustRead(f))).ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var read = readTerms.Values.Concat(readArticles.Values).ToList();
        var vanished = scanned.Where(f => MustRead(f) || (glossaryChanged && !f.IsTerm))
            .Where(f => !readTerms.ContainsKey(f.RelativePath) && !readArticles.ContainsKey(f.RelativePath)).Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var present = scanned.Select(f => f.RelativePath).Where(p => !vanished.Contains(p)).ToHashSet(StringComparer.Ordinal);
        var restamped = read.Where(f => !Changed(f) && stored.ByPath.TryGetValue(f.RelativePath, out var s) && !s.StampMatches(new FileStamp(f.RelativePath, f.Length, f.LastWriteUtc))).ToList();
        Phase("read");

        var compiler = new ContentCompiler(parser, source);
        var total = read.Count(f => Changed(f) || (glossaryChanged && !f.IsTerm));
        var terms = compiler.ParseTerms(readTerms.Values.Where(Changed), progress, total, cancellationToken);
        var currentTerms = CurrentTerms(termStamps, present, terms, stored);
        var rules = StemmingRules.Load(source.Root, currentTerms.SelectMany(t => t.Names).SelectMany(SingleWords));
        index.UseRules(rules);
        if (index.CommittedFingerprint != rules.Fingerprint && !fullRebuild)
        {
            logger.LogInformation("Search analysis rules changed; re-indexing every document");
            fullRebuild = true;
        }
        var linker = ContentCompiler.LinkerFor(currentTerms.Select(t => (t.Slug, t.Names)));
        var articles = compiler.ParseArticles(readArticles.Values.Where(f => glossaryChanged || Changed(f)), linker, progress, total, cancellationToken);
        Phase("parse");

        var parsed = terms.Documents.Concat(articles.Documents).ToList();
        var parsedPaths = parsed.Select(p => p.File.RelativePath).ToHashSet(StringComparer.Ordinal);
        var kept = stored.Documents.Where(s => present.Contains(s.RelativePath) && !parsedPaths.Contains(s.RelativePath)).ToList();
        var keptPaths = kept.Select(k => k.RelativePath).ToHashSet(StringComparer.Ordinal);
        var others = parsed.Select(p => DocumentOutline.From(p.Document))
            .Concat(terms.FailedPaths.Concat(articles.FailedPaths).Where(p => !keptPaths.Contains(p)).Select(DocumentOutline.Placeholder))
            .ToList();
        var currentKeys = others.Select(o => (o.Kind, o.Slug)).Concat(kept.Select(k => (k.Kind, k.Slug))).ToHashSet();
        var targetsMayBeMissing = state.GetValueOrDefault(DanglingKey) == "yes" || stored.Documents.Any(s => !currentKeys.Contains((s.Kind, s.Slug)));
        var outlines = others.Concat(await stored.KeptOutlinesAsync(db, kept, others, targetsMayBeMissing, cancellationToken)).ToList();
        var crossDiagnostics = ContentValidator.Validate(outlines, source.DisplayPath);
        var diagnostics = terms.Diagnostics.Concat(articles.Diagnostics).Concat(crossDiagnostics)
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ToList();
        var rejectedByValidation = crossDiagnostics.Where(d => d.IsError).Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var accepted = parsed.Where(p => !rejectedByValidation.Contains(source.DisplayPath(p.File.RelativePath))).ToList();
        var removed = stored.Documents.Where(s => !present.Contains(s.RelativePath)).ToList();
        var dangling = crossDiagnostics.Any(d => d.Message.EndsWith(DanglingLinkMessage, StringComparison.Ordinal)) ? "yes" : "no";

        var acceptedPaths = accepted.Select(a => a.File.RelativePath).ToHashSet(StringComparer.Ordinal);
        var contentVersion = Fingerprint(accepted.Select(a => a.File.RelativePath + "=" + a.File.Hash)
            .Concat(stored.Documents.Where(s => present.Contains(s.RelativePath) && !acceptedPaths.Contains(s.RelativePath)).Select(k => k.RelativePath + "=" + k.ContentHash)));
        var dateChanges = DateChanges(scanned, stored.Documents, acceptedPaths);
        Phase("validate");
        // Nothing changed, nothing written: a restart on unchanged content leaves the data folder as it was.
        var storeChanged = accepted.Count > 0 || removed.Count > 0 || dateChanges.Count > 0 || restamped.Count > 0
            || storedContentVersion != contentVersion || state.GetValueOrDefault(GlossaryVersionKey) != glossaryVersion
            || state.GetValueOrDefault(RenderingKey) != ContentParser.RenderingVersion || state.GetValueOrDefault(DanglingKey, "no") != dangling;
        if (storeChanged)
        {
            _state = null;
            var versions = new Dictionary<string, string>
            {
                [GlossaryVersionKey] = glossaryVersion, [ContentVersionKey] = contentVersion, [DanglingKey] = dangling,
                [RenderingKey] = ContentParser.RenderingVersion, [LastBuildKey] = DateTime.UtcNow.ToString("O"),
            };
            var inserted = await WriteStoreAsync(db, accepted, removed, restamped, dateChanges, versions, cancellationToken);
            _state = stored.After(inserted, removed.Select(r => r.RelativePath), restamped, dateChanges.Select(c => (c.Id, c.Updated, c.Source)), versions);
        }
        else
        {
            _state = stored;
        }
        Phase("store");
        // The index commits only after the store transaction has; a cancellation in between leaves the two at different
        // versions, which the next ingest (or start) sees and repairs with a full rebuild.
        var indexChanged = fullRebuild || accepted.Count > 0 || removed.Count > 0
            || index.CommittedContentVersion != contentVersion || index.CommittedFingerprint != rules.Fingerprint;
        if (indexChanged)
        {
            var keptToIndex = fullRebuild ? kept.Select(k => k.Id).ToList() : [];
            await WriteIndexAsync(db, fullRebuild, accepted, keptToIndex, removed, AboutNames(currentTerms), contentVersion, cancellationToken);
        }
        Phase("index");
        // Store and index are committed: bring suggestions in line even if cancellation was asked for meanwhile.
        // Suggestions are built from titles and term names: edits to article bodies leave them as they are.
        var namesKept = _catalogNames is not null && removed.Count == 0 && accepted.All(a => a.Document.Kind == DocumentKind.Article
            && stored.ByPath.TryGetValue(a.File.RelativePath, out var before) && before.Kind == DocumentKind.Article
            && before.Slug == a.Document.Slug && before.Title == a.Document.Title && before.Lang == a.Document.Lang);
        if (!namesKept)
        {
            RefreshCatalog(kept.Where(k => k.Kind == DocumentKind.Article).Select(k => (k.Slug, k.Title, k.Lang))
                .Concat(accepted.Where(a => a.Document.Kind == DocumentKind.Article).Select(a => (a.Document.Slug, a.Document.Title, a.Document.Lang))),
                currentTerms);
        }
        Phase("catalog");
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("Ingest phases (cumulative ms): {Phases}", string.Join(", ", phases.Select(p => $"{p.Item1} {p.Item2}")));
        }
        problems.Replace(diagnostics);

        var rejected = terms.FailedPaths.Count + articles.FailedPaths.Count + (parsed.Count - accepted.Count);
        foreach (var diagnostic in diagnostics.Where(d => d.IsError))
        {
            logger.LogWarning("Content problem {Path}:{Line}:{Column}: {Message}", diagnostic.Path, diagnostic.Line, diagnostic.Column, diagnostic.Message);
        }
        var attempted = parsed.Count + terms.FailedPaths.Count + articles.FailedPaths.Count;
        var report = new IngestReport(present.Count, attempted, present.Count - attempted, removed.Count, rejected, fullRebuild, contentVersion, stopwatch.Elapsed, diagnostics);
        if (logger.IsEnabled(LogLevel.Information)) logger.LogInformation("Ingested {Files} files: {Parsed} parsed, {Removed} removed, {Rejected} rejected, full rebuild {FullRebuild}, in {ElapsedMs} ms",
            report.Files, report.Parsed, report.Removed, report.Rejected, report.FullRebuild, (int)report.Elapsed.TotalMilliseconds);
        return report;
    }

    /// <summary>A glossary term as the linker, the validator, the index and the suggestions need it, parsed or stored.</summary>
    private sealed record TermInfo(string Slug, string Title, string? English, string? Abbreviation, string DefinitionText, string Lang,
        IReadOnlyList<string> Names, IReadOnlyList<string> ArticleTargets)
    {
        public static TermInfo From(ContentDocument term) => new(term.Slug, term.Title, term.English, term.Abbreviation, term.DefinitionText, term.Lang,
            DocumentOutline.From(term).Names, ArticlesLinked(term.Links.Select(l => (l.TargetKind, l.TargetSlug))));

        /// <summary>A stored term (its links loaded, or none: then it is about no other article).</summary>
        public static TermInfo From(GlossaryTerm term) => new(term.Slug, term.Title, term.English, term.Abbreviation, term.DefinitionText, term.Lang,
            DocumentMapping.TermNames(term), ArticlesLinked(term.Links.Select(l => (l.TargetKind, l.TargetSlug))));

        private static List<string> ArticlesLinked(IEnumerable<(DocumentKind? Kind, string? Slug)> links) =>
            links.Where(l => l.Kind == DocumentKind.Article).Select(l => l.Slug!).ToList();
    }

    /// <summary>Every term the site has after this ingest: freshly parsed ones, else the stored (last good) version.</summary>
    private static List<TermInfo> CurrentTerms(List<FileStamp> termFiles, HashSet<string> present, ContentCompiler.Compiled parsed, StoredState stored)
    {
        var fresh = parsed.Documents.ToDictionary(d => d.File.RelativePath, d => d.Document, StringComparer.Ordinal);
        var result = new List<TermInfo>();
        foreach (var file in termFiles.Where(f => present.Contains(f.RelativePath)))
        {
            if (fresh.TryGetValue(file.RelativePath, out var document))
            {
                result.Add(TermInfo.From(document));
            }
            else if (stored.TermsByPath.TryGetValue(file.RelativePath, out var term))
            {
                result.Add(TermInfo.From(term));
            }
        }
        return result;
    }

    /// <summary>Serves baked data without ingesting (read-only mode): analysis rules and suggestions from what the store and index hold.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        var problem = await LoadCoreAsync(cancellationToken);
        if (problem is not null) throw new InvalidOperationException(problem + "; bake the data again with `kb build`.");
        await LoadSuggestionsAsync(cancellationToken);
    }

    /// <summary>
    /// Serves what the data folder already holds when it is one consistent build (same content version in store and
    /// index, same rendering and search rules); false when only an ingest can make it so.
    /// </summary>
    public async Task<bool> TryLoadAsync(CancellationToken cancellationToken = default)
    {
        var problem = await LoadCoreAsync(cancellationToken);
        if (problem is not null && logger.IsEnabled(LogLevel.Information)) logger.LogInformation("Ingesting before serving: {Reason}", problem);
        return problem is null;
    }

    private async Task<string?> LoadCoreAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var state = await db.BuildStates.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
        var contentVersion = state.GetValueOrDefault(ContentVersionKey);
        if (contentVersion is null || contentVersion != index.CommittedContentVersion)
        {
            return $"the store (content {contentVersion ?? "none"}) and the search index (content {index.CommittedContentVersion ?? "none"}) were not built together";
        }
        if (state.GetValueOrDefault(RenderingKey) != ContentParser.RenderingVersion) return "the data was rendered by another version of the site";
        var terms = await db.Terms.AsNoTracking().Include(t => t.Aliases).ToListAsync(cancellationToken);
        var rules = StemmingRules.Load(source.Root, terms.SelectMany(DocumentMapping.TermNames).SelectMany(SingleWords));
        if (rules.Fingerprint != index.CommittedFingerprint) return $"the search rules in {source.Root}/search differ from the ones the index was built with";
        index.UseRules(rules);
        if (logger.IsEnabled(LogLevel.Information)) logger.LogInformation("Serving the data of the last build: content {ContentVersion}", contentVersion);
        return null;
    }

    /// <summary>
    /// Builds typeahead suggestions and definition cards from the store as it is (every title: a start-up can serve
    /// pages before this is done).
    /// </summary>
    public async Task LoadSuggestionsAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var terms = await db.Terms.AsNoTracking().Include(t => t.Aliases).ToListAsync(cancellationToken);
            var articles = await db.Articles.AsNoTracking().Select(a => new { a.Slug, a.Title, a.Lang }).ToListAsync(cancellationToken);
            RefreshCatalog(articles.Select(a => (a.Slug, a.Title, a.Lang)), terms.Select(TermInfo.From).ToList());
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// What the store holds: remembered from this process's last ingest when the store's build state is still the one
    /// that ingest left (stamped with its time: no other process wrote since), else read.
    /// </summary>
    private async Task<StoredState> CurrentStateAsync(KnowledgeBaseDbContext db, CancellationToken cancellationToken)
    {
        var remembered = _state;
        if (remembered is not null)
        {
            var current = await db.BuildStates.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
            if (current.Count == remembered.BuildState.Count && current.All(kv => remembered.BuildState.GetValueOrDefault(kv.Key) == kv.Value)) return remembered;
        }
        return await StoredState.LoadAsync(db, cancellationToken);
    }

    private async Task<List<(ContentFile File, ContentDocument Document, int Id, DateTime Updated, string UpdatedSource)>> WriteStoreAsync(
        KnowledgeBaseDbContext db, List<(ContentFile File, ContentDocument Document)> accepted,
        List<StoredSummary> removed, List<ContentFile> restamped, List<DateChange> dateChanges, Dictionary<string, string> versions,
        CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var replacedPaths = accepted.Select(a => a.File.RelativePath).Concat(removed.Select(r => r.RelativePath)).ToList();
        foreach (var chunk in replacedPaths.Chunk(500))
        {
            await db.Documents.Where(d => chunk.Contains(d.RelativePath)).ExecuteDeleteAsync(cancellationToken);
        }
        // A slug can move between files (renamed, or moved to articles/en/); articles and terms may share a slug.
        foreach (var kind in new[] { DocumentKind.Article, DocumentKind.Term })
        {
            foreach (var chunk in accepted.Where(a => a.Document.Kind == kind).Select(a => a.Document.Slug).Chunk(500))
            {
                await db.Documents.Where(d => d.Kind == kind && chunk.Contains(d.Slug)).ExecuteDeleteAsync(cancellationToken);
            }
        }
        var inserted = new List<(ContentFile, ContentDocument, int, DateTime, string)>();
        using (var writer = new StoreWriter(db))
        {
            foreach (var (file, document) in accepted)
            {
                var (updated, updatedSource) = dates.Resolve(file.RelativePath, file.LastWriteUtc, document.Updated);
                cancellationToken.ThrowIfCancellationRequested();
                inserted.Add((file, document, writer.Insert(file, document, updated, updatedSource, now), updated, updatedSource));
            }
            foreach (var file in restamped) writer.Restamp(file);
        }
        await db.BuildStates.ExecuteDeleteAsync(cancellationToken);
        foreach (var (key, value) in versions) db.BuildStates.Add(new BuildState { Key = key, Value = value });
        await db.SaveChangesAsync(cancellationToken);
        foreach (var change in dateChanges)
        {
            await db.Documents.Where(d => d.Id == change.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.Updated, change.Updated).SetProperty(d => d.UpdatedSource, change.Source), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return inserted;
    }

    private sealed record DateChange(int Id, DateTime? Updated, string Source);

    /// <summary>A commit changes "last updated" without changing a file: the dates of unchanged documents that moved.</summary>
    private List<DateChange> DateChanges(IReadOnlyList<FileStamp> files, List<StoredSummary> stored, HashSet<string> acceptedPaths)
    {
        var byPath = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var changes = new List<DateChange>();
        foreach (var document in stored.Where(d => !acceptedPaths.Contains(d.RelativePath) && byPath.ContainsKey(d.RelativePath)))
        {
            var frontMatter = document.UpdatedSource == GitDocumentDates.FrontMatter ? document.Updated : null;
            var (updated, updatedSource) = dates.Resolve(document.RelativePath, byPath[document.RelativePath].LastWriteUtc, frontMatter);
            if (updated != document.Updated || updatedSource != document.UpdatedSource) changes.Add(new DateChange(document.Id, updated, updatedSource));
        }
        return changes;
    }

    /// <summary>
    /// Indexes the accepted documents straight from the parse (no read-back); a full rebuild also re-indexes the stored
    /// documents kept as they were (files that failed this time still serve their last good version).
    /// </summary>
    private async Task WriteIndexAsync(KnowledgeBaseDbContext db, bool fullRebuild, List<(ContentFile File, ContentDocument Document)> accepted,
        List<int> keptIds, List<StoredSummary> removed, Dictionary<string, List<string>> about, string contentVersion, CancellationToken cancellationToken)
    {
        var keptDocuments = new List<StoredDocument>();
        foreach (var chunk in keptIds.Chunk(500))
        {
            keptDocuments.AddRange(await db.Documents.AsNoTracking().Include(d => d.Tags).Include(d => ((GlossaryTerm)d).Aliases).AsSplitQuery()
                .Where(d => chunk.Contains(d.Id)).ToListAsync(cancellationToken));
        }
        IReadOnlyList<string> AboutOf(DocumentKind kind, string slug) => kind == DocumentKind.Article ? about.GetValueOrDefault(slug) ?? [] : [];
        var toIndex = accepted.Select(a => DocumentMapping.ToSearch(a.Document, AboutOf(a.Document.Kind, a.Document.Slug)))
            .Concat(keptDocuments.Select(d => DocumentMapping.ToSearch(d, AboutOf(d.Kind, d.Slug))))
            .ToList();
        try
        {
            if (fullRebuild) index.DeleteAll();
            foreach (var document in removed) index.Delete(document.Kind, document.Slug);
            // Analysis is most of the cost and the writer is thread-safe: every core takes documents.
            Parallel.ForEach(toIndex, new ParallelOptions { CancellationToken = cancellationToken }, index.Upsert);
            index.Commit(contentVersion);
        }
        catch
        {
            // Readers keep the last commit; the writer must not carry half an ingest into the next one (or into Dispose).
            index.DiscardPendingChanges();
            throw;
        }
    }

    /// <summary>An article is "about" the terms that share its slug or whose explanation links to it.</summary>
    private static Dictionary<string, List<string>> AboutNames(List<TermInfo> terms)
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

    /// <summary>Rebuilds the typeahead catalog, unless the titles and names it is built from are the ones it already has.</summary>
    private void RefreshCatalog(IEnumerable<(string Slug, string Title, string Lang)> articles, List<TermInfo> terms)
    {
        var names = articles.Select(a => new CatalogName(a.Title, DocumentKind.Article, a.Slug, a.Title, SiteUrls.Article(a.Slug), a.Lang))
            .Concat(terms.SelectMany(t => t.Names.Select(n => new CatalogName(n, DocumentKind.Term, t.Slug, t.Title, SiteUrls.Term(t.Slug), t.Lang))))
            .OrderBy(n => n.Url, StringComparer.Ordinal).ThenBy(n => n.Name, StringComparer.Ordinal)
            .ToList();
        var cards = terms.Select(t => new TermCard(t.Slug, t.Title, t.English ?? "", t.Abbreviation, t.DefinitionText, SiteUrls.Term(t.Slug))).ToList();
        lock (_catalogLock)
        {
            if (_catalogNames is not null && _catalogCards is not null && names.SequenceEqual(_catalogNames) && cards.SequenceEqual(_catalogCards)) return;
            catalog.Replace(names, cards);
            _catalogNames = names;
            _catalogCards = cards;
        }
    }


    public void Dispose() => _gate.Dispose();

    private static IEnumerable<string> SingleWords(string name) =>
        name.Split([' ', '-', '/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && w.All(char.IsLetter));

    /// <summary>SHA-256 of the parts in ordinal order, one per line (hashed as they come: no joined copy of 10,000 lines).</summary>
    private static string Fingerprint(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var first = true;
        var buffer = new byte[256];
        foreach (var part in parts.Order(StringComparer.Ordinal))
        {
            if (!first) hash.AppendData("\n"u8);
            first = false;
            var length = Encoding.UTF8.GetMaxByteCount(part.Length);
            if (length > buffer.Length) buffer = new byte[length];
            hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(part, buffer));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
