using System.Diagnostics;
using CyberDiplomacy.Core.Content;
using CyberDiplomacy.Core.Content.Validation;
using CyberDiplomacy.Core.Search;
using CyberDiplomacy.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>
/// Brings the store and the index in line with <c>content/</c>: only changed files are parsed (all articles when the
/// glossary changed, since they auto-link it); a file with errors is reported and its last good version kept. One
/// ingest at a time; <see cref="RunAsync"/> is the list of steps.
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
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SuggestionRefresher _suggestions = new(catalog);
    private readonly ContentPipeline _pipeline = new(parser, source);
    private StoreSnapshot? _snapshot;
    private IReadOnlyList<FileStamp>? _lastScan;

    /// <summary>Raised after every ingest (the page cache forgets pages of an older content version).</summary>
    public event Action<IngestReport>? Ingested;

    /// <param name="changedFiles">
    /// Full paths the content watcher saw change: only those are looked at again, the rest of the last scan is trusted
    /// (null scans the whole folder, as every start and every <c>kb build</c> does).
    /// </param>
    public async Task<IngestReport> IngestAsync(IProgress<ParseProgress>? progress = null, IReadOnlyCollection<string>? changedFiles = null,
        CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var report = await RunAsync(progress, changedFiles, cancellationToken);
            Ingested?.Invoke(report);
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IngestReport> RunAsync(IProgress<ParseProgress>? progress, IReadOnlyCollection<string>? changedFiles, CancellationToken cancellationToken)
    {
        var phases = new IngestPhases();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var scan = changedFiles is not null && _lastScan is { } last ? source.Rescan(last, changedFiles) : source.Scan();
        _lastScan = scan;
        var stored = await SnapshotAsync(db, cancellationToken);
        var plan = new IngestPlan(scan, stored, index.CommittedContentVersion);
        if (plan.FullRebuild && stored.Documents.Count > 0) logger.LogInformation("Index and store disagree (store {StoreVersion}, index {IndexVersion}); rebuilding both from content", plan.StoredContentVersion ?? "none", index.CommittedContentVersion ?? "none");
        phases.Done("scan");

        // Read what moved: terms first, since a changed glossary means reading every article too.
        plan.TermsRead(source.Read(plan.TermsToRead));
        plan.ArticlesRead(source.Read(plan.ArticlesToRead));
        phases.Done("read");

        var total = plan.ToParseCount;
        var terms = _pipeline.ParseTerms(plan.TermsToParse, progress, total, cancellationToken);
        var glossary = GlossaryEntry.Current(plan.TermPaths, terms.Documents, stored.TermsByPath);
        var rules = StemmingRules.Load(source.Root, GlossaryEntry.SingleWords(glossary));
        index.UseRules(rules);
        if (index.CommittedSearchSchema != rules.Fingerprint && !plan.FullRebuild)
        {
            logger.LogInformation("Search analysis rules changed; re-indexing every document");
            plan.ReindexEverything();
        }
        var linker = ContentPipeline.LinkerFor(glossary.Select(t => (t.Slug, t.Names)));
        var articles = _pipeline.ParseArticles(plan.ArticlesToParse, linker, progress, total, cancellationToken);
        phases.Done("parse");

        var parsedPaths = terms.Documents.Concat(articles.Documents).Select(p => p.File.RelativePath).ToHashSet(StringComparer.Ordinal);
        var kept = plan.Kept(parsedPaths);
        var removed = plan.Removed();
        var keptOutlines = await KeptOutlinesAsync(db, stored, kept, terms, articles, removed, cancellationToken);
        var validated = _pipeline.Validate(terms, articles, keptOutlines);
        phases.Done("validate");

        var accepted = validated.Accepted;
        var contentVersion = plan.ContentVersion(accepted);
        var acceptedPaths = accepted.Select(a => a.File.RelativePath).ToHashSet(StringComparer.Ordinal);
        var versions = new Dictionary<string, string>
        {
            [BuildVersions.GlossaryVersion] = plan.GlossaryVersion, [BuildVersions.ContentVersion] = contentVersion,
            [BuildVersions.DanglingLinks] = validated.HasDanglingLinks ? "yes" : "no", [BuildVersions.Rendering] = ContentParser.RenderingVersion,
        };
        var changes = new StoreChanges(accepted, removed, plan.Restamped,
            DateChanges.Find(dates, scan, stored.Documents.Where(d => !acceptedPaths.Contains(d.RelativePath))), versions);
        await WriteStoreAsync(db, stored, changes, cancellationToken);
        phases.Done("store");

        // The index commits only after the store has; a cancellation in between leaves the two at different versions,
        // which the next ingest (or start) sees and repairs with a full rebuild.
        var reindex = plan.FullRebuild || plan.FullReindex;
        if (reindex || accepted.Count > 0 || removed.Count > 0 || index.CommittedContentVersion != contentVersion)
        {
            var about = GlossaryEntry.AboutNames(glossary);
            IReadOnlyList<string> AboutOf(DocumentKind kind, string slug) => kind == DocumentKind.Article ? about.GetValueOrDefault(slug) ?? [] : [];
            var keptDocuments = reindex ? await StoreSnapshot.LoadDocumentsAsync(db, kept.Select(k => k.Id), cancellationToken) : [];
            var documents = accepted.Where(a => a.Document.Kind.IsSearchable()).Select(a => DocumentMapping.ToSearch(a.Document, AboutOf(a.Document.Kind, a.Document.Slug)))
                .Concat(keptDocuments.Where(d => d.Kind.IsSearchable()).Select(d => DocumentMapping.ToSearch(d, AboutOf(d.Kind, d.Slug)))).ToList();
            index.Apply(new IndexChanges(reindex, removed.Select(r => (r.Kind, r.Slug)).ToList(), documents, contentVersion), cancellationToken);
        }
        phases.Done("index");

        // Store and index are committed: suggestions follow even if cancellation was asked for meanwhile. They are built
        // from titles and term names, so edits to article bodies alone leave them as they are.
        if (!_suggestions.IsLoaded || removed.Count > 0 || accepted.Any(a => !KeepsItsName(a, stored)))
        {
            _suggestions.Refresh(kept.Where(k => k.Kind == DocumentKind.Article).Select(k => (k.Slug, k.Title, k.Lang))
                .Concat(accepted.Where(a => a.Document.Kind == DocumentKind.Article).Select(a => (a.Document.Slug, a.Document.Title, a.Document.Lang))), glossary);
        }
        phases.Done("suggestions");
        phases.Log(logger);
        return Report(plan, terms, articles, validated, removed.Count, contentVersion, phases.Elapsed);
    }

    /// <summary>Serves baked data without ingesting (read-only mode): analysis rules and suggestions from what the store and index hold.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var problem = await LastBuildLoader.TryPrepareAsync(db, index, source.Root, cancellationToken);
            if (problem is not null) throw new InvalidOperationException(problem + "; bake the data again with `kb build`.");
        }
        await LoadSuggestionsAsync(cancellationToken);
    }

    /// <summary>True when the data folder holds one consistent build the site can serve before any ingest.</summary>
    public async Task<bool> TryLoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var problem = await LastBuildLoader.TryPrepareAsync(db, index, source.Root, cancellationToken);
        if (problem is not null) logger.LogInformation("Ingesting before serving: {Reason}", problem);
        else logger.LogInformation("Serving the data of the last build");
        return problem is null;
    }

    /// <summary>
    /// Merges a fragmented search index (<see cref="SearchIndex.IsFragmented"/>) into one segment, between ingests;
    /// a save that comes meanwhile waits for the merge.
    /// </summary>
    public async Task CompactIndexAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!index.IsFragmented) return;
            var stopwatch = Stopwatch.StartNew();
            var segments = index.SegmentCount;
            index.Compact();
            logger.LogInformation("Merged the search index's {Segments} segments into one in {Elapsed} ms", segments, stopwatch.ElapsedMilliseconds);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Builds typeahead suggestions and definition cards from the store as it is.</summary>
    public async Task LoadSuggestionsAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            await _suggestions.LoadAsync(db, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The store's state: remembered from this process's last ingest when the build state is still the one that
    /// ingest left (stamped with its time: no other process wrote since), else read.
    /// </summary>
    private async Task<StoreSnapshot> SnapshotAsync(KnowledgeBaseDbContext db, CancellationToken cancellationToken)
    {
        if (_snapshot is { } remembered)
        {
            var current = await db.BuildStates.ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);
            if (current.Count == remembered.BuildState.Count && current.All(kv => remembered.BuildState.GetValueOrDefault(kv.Key) == kv.Value)) return remembered;
        }
        return await StoreSnapshot.LoadAsync(db, cancellationToken);
    }

    /// <summary>Outlines of the kept documents; their stored links are read back only if a link target may have gone.</summary>
    private static async Task<List<DocumentOutline>> KeptOutlinesAsync(KnowledgeBaseDbContext db, StoreSnapshot stored, List<StoredSummary> kept,
        ContentPipeline.Parsed terms, ContentPipeline.Parsed articles, List<StoredSummary> removed, CancellationToken cancellationToken)
    {
        var current = terms.Documents.Concat(articles.Documents).Select(p => DocumentOutline.From(p.Document))
            .Concat(terms.FailedPaths.Concat(articles.FailedPaths).Select(DocumentOutline.Placeholder)).ToList();
        var keys = current.Select(o => (o.Kind, o.Slug)).Concat(kept.Select(k => (k.Kind, k.Slug))).ToHashSet();
        var targetsMayBeMissing = stored.BuildState.GetValueOrDefault(BuildVersions.DanglingLinks) == "yes" || removed.Count > 0
            || stored.Documents.Any(s => !keys.Contains((s.Kind, s.Slug)));
        return await stored.KeptOutlinesAsync(db, kept, current, targetsMayBeMissing, cancellationToken);
    }

    /// <summary>Writes the changes (if any) and remembers the store as they leave it, for the next ingest in this process.</summary>
    private async Task WriteStoreAsync(KnowledgeBaseDbContext db, StoreSnapshot stored, StoreChanges changes, CancellationToken cancellationToken)
    {
        var unchanged = changes.Accepted.Count == 0 && changes.Removed.Count == 0 && changes.Restamped.Count == 0 && changes.DateChanges.Count == 0
            && changes.Versions.All(v => (stored.BuildState.TryGetValue(v.Key, out var before) ? before : v.Key == BuildVersions.DanglingLinks ? "no" : null) == v.Value);
        // Nothing changed, nothing written: a restart on unchanged content leaves the data folder as it was.
        if (unchanged)
        {
            _snapshot = stored;
            return;
        }
        _snapshot = null;
        var versions = new Dictionary<string, string>(changes.Versions) { [BuildVersions.LastBuild] = DateTime.UtcNow.ToString("O") };
        var inserted = await StoreWriter.WriteAsync(db, changes with { Versions = versions }, dates, cancellationToken);
        _snapshot = stored.After(inserted, changes.Removed.Select(r => r.RelativePath), changes.Restamped, changes.DateChanges, versions);
    }

    private static bool KeepsItsName((ContentFile File, ContentDocument Document) accepted, StoreSnapshot stored) =>
        accepted.Document.Kind == DocumentKind.Article && stored.ByPath.TryGetValue(accepted.File.RelativePath, out var before)
        && before.Kind == DocumentKind.Article && before.Slug == accepted.Document.Slug && before.Title == accepted.Document.Title && before.Lang == accepted.Document.Lang;

    private IngestReport Report(IngestPlan plan, ContentPipeline.Parsed terms, ContentPipeline.Parsed articles, ContentPipeline.Validated validated,
        int removed, string contentVersion, TimeSpan elapsed)
    {
        problems.Replace(validated.Diagnostics);
        foreach (var diagnostic in validated.Diagnostics.Where(d => d.IsError))
        {
            logger.LogWarning("Content problem {Path}:{Line}:{Column}: {Message} [{Code}]", diagnostic.Path, diagnostic.Line, diagnostic.Column, diagnostic.Message, diagnostic.Code);
        }
        var failed = terms.FailedPaths.Count + articles.FailedPaths.Count;
        var attempted = terms.Documents.Count + articles.Documents.Count + failed;
        var present = plan.Present.Count;
        var report = new IngestReport(present, attempted, present - attempted, removed, failed + (attempted - failed - validated.Accepted.Count),
            plan.FullRebuild || plan.FullReindex, contentVersion, elapsed, validated.Diagnostics);
        logger.LogInformation("Ingested {Files} files: {Parsed} parsed, {Removed} removed, {Rejected} rejected, full rebuild {FullRebuild}, in {ElapsedMs} ms",
            report.Files, report.Parsed, report.Removed, report.Rejected, report.FullRebuild, (int)report.Elapsed.TotalMilliseconds);
        return report;
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Cumulative milliseconds at the end of each step, logged at Debug for profiling.</summary>
    private sealed class IngestPhases
    {
        private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
        private readonly List<(string Name, long Ms)> _phases = [];

        public TimeSpan Elapsed => _stopwatch.Elapsed;

        public void Done(string name) => _phases.Add((name, _stopwatch.ElapsedMilliseconds));

        public void Log(ILogger logger)
        {
            if (logger.IsEnabled(LogLevel.Debug)) logger.LogDebug("Ingest phases (cumulative ms): {Phases}", string.Join(", ", _phases.Select(p => $"{p.Name} {p.Ms}")));
        }
    }
}
