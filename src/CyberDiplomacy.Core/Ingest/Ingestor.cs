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
    private readonly SemaphoreSlim _gate = new(1, 1);

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
        var files = source.ReadAll();
        Phase("read");
        var stored = await db.Documents.AsNoTracking()
            .Include(d => d.Links).Include(d => d.Tags)
            .Include(d => ((GlossaryTerm)d).Aliases)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var storedByPath = stored.ToDictionary(d => d.RelativePath, StringComparer.Ordinal);
        var state = await db.BuildStates.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, cancellationToken);

        var storedContentVersion = state.GetValueOrDefault(ContentVersionKey);
        var fullRebuild = storedContentVersion is null || storedContentVersion != index.CommittedContentVersion
            || state.GetValueOrDefault(RenderingKey) != ContentParser.RenderingVersion;
        if (fullRebuild && stored.Count > 0 && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Index and store disagree (store {StoreVersion}, index {IndexVersion}); rebuilding both from content",
                storedContentVersion ?? "none", index.CommittedContentVersion ?? "none");
        }
        bool Changed(ContentFile f) => fullRebuild || !storedByPath.TryGetValue(f.RelativePath, out var s) || s.ContentHash != f.Hash;

        var compiler = new ContentCompiler(parser, source);
        var termFiles = files.Where(f => f.IsTerm).ToList();
        var articleFiles = files.Where(f => !f.IsTerm).ToList();
        var glossaryVersion = Fingerprint(termFiles.Select(f => f.RelativePath + "=" + f.Hash));
        var glossaryChanged = fullRebuild || state.GetValueOrDefault(GlossaryVersionKey) != glossaryVersion;

        var total = files.Count(f => Changed(f) || (glossaryChanged && !f.IsTerm));
        var terms = compiler.ParseTerms(termFiles.Where(Changed), progress, total, cancellationToken);
        var currentTerms = CurrentTerms(termFiles, terms, storedByPath);
        Phase("load-store+terms");
        var rules = StemmingRules.Load(source.Root, currentTerms.SelectMany(t => t.Names).SelectMany(SingleWords));
        index.UseRules(rules);
        if (index.CommittedFingerprint != rules.Fingerprint && !fullRebuild)
        {
            logger.LogInformation("Search analysis rules changed; re-indexing every document");
            fullRebuild = true;
        }
        var linker = ContentCompiler.LinkerFor(currentTerms);
        Phase("rules");
        var articles = compiler.ParseArticles(articleFiles.Where(f => glossaryChanged || Changed(f)), linker, progress, total, cancellationToken);
        Phase("parse");

        var parsed = terms.Documents.Concat(articles.Documents).ToList();
        var parsedPaths = parsed.Select(p => p.File.RelativePath).ToHashSet(StringComparer.Ordinal);
        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var kept = stored.Where(s => present.Contains(s.RelativePath) && !parsedPaths.Contains(s.RelativePath)).ToList();
        var keptPaths = kept.Select(k => k.RelativePath).ToHashSet(StringComparer.Ordinal);
        var outlines = parsed.Select(p => DocumentOutline.From(p.Document))
            .Concat(kept.Select(DocumentMapping.ToOutline))
            .Concat(terms.FailedPaths.Concat(articles.FailedPaths).Where(p => !keptPaths.Contains(p)).Select(DocumentOutline.Placeholder))
            .ToList();
        var crossDiagnostics = ContentValidator.Validate(outlines, source.DisplayPath);
        var diagnostics = terms.Diagnostics.Concat(articles.Diagnostics).Concat(crossDiagnostics)
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ToList();
        var rejectedByValidation = crossDiagnostics.Where(d => d.IsError).Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        var accepted = parsed.Where(p => !rejectedByValidation.Contains(source.DisplayPath(p.File.RelativePath))).ToList();
        var removed = stored.Where(s => !present.Contains(s.RelativePath)).ToList();

        var acceptedPaths = accepted.Select(a => a.File.RelativePath).ToHashSet(StringComparer.Ordinal);
        var contentVersion = Fingerprint(accepted.Select(a => a.File.RelativePath + "=" + a.File.Hash)
            .Concat(stored.Where(s => present.Contains(s.RelativePath) && !acceptedPaths.Contains(s.RelativePath)).Select(k => k.RelativePath + "=" + k.ContentHash)));
        var dateChanges = DateChanges(files, stored, acceptedPaths);
        Phase("validate");
        // Nothing changed, nothing written: a restart on unchanged content leaves the data folder as it was.
        var storeChanged = accepted.Count > 0 || removed.Count > 0 || dateChanges.Count > 0
            || storedContentVersion != contentVersion || state.GetValueOrDefault(GlossaryVersionKey) != glossaryVersion
            || state.GetValueOrDefault(RenderingKey) != ContentParser.RenderingVersion;
        if (storeChanged)
        {
            await WriteStoreAsync(db, accepted, removed, dateChanges, glossaryVersion, contentVersion, cancellationToken);
        }
        Phase("store");
        // The index commits only after the store transaction has; a cancellation in between leaves the two at different
        // versions, which the next ingest (or start) sees and repairs with a full rebuild.
        var indexChanged = fullRebuild || accepted.Count > 0 || removed.Count > 0
            || index.CommittedContentVersion != contentVersion || index.CommittedFingerprint != rules.Fingerprint;
        if (indexChanged)
        {
            await WriteIndexAsync(db, fullRebuild, accepted, removed, contentVersion, cancellationToken);
        }
        Phase("index");
        // Store and index are committed: bring suggestions in line even if cancellation was asked for meanwhile.
        await RefreshCatalogAsync(db, CancellationToken.None);
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
        var report = new IngestReport(files.Count, attempted, files.Count - attempted, removed.Count, rejected, fullRebuild, contentVersion, stopwatch.Elapsed, diagnostics);
        if (logger.IsEnabled(LogLevel.Information)) logger.LogInformation("Ingested {Files} files: {Parsed} parsed, {Removed} removed, {Rejected} rejected, full rebuild {FullRebuild}, in {ElapsedMs} ms",
            report.Files, report.Parsed, report.Removed, report.Rejected, report.FullRebuild, (int)report.Elapsed.TotalMilliseconds);
        return report;
    }

    /// <summary>Every term the site has after this ingest: freshly parsed ones, else the stored (last good) version.</summary>
    private static List<(string Slug, IReadOnlyList<string> Names)> CurrentTerms(List<ContentFile> termFiles, ContentCompiler.Compiled parsed,
        Dictionary<string, StoredDocument> storedByPath)
    {
        var fresh = parsed.Documents.ToDictionary(d => d.File.RelativePath, d => d.Document, StringComparer.Ordinal);
        var result = new List<(string, IReadOnlyList<string>)>();
        foreach (var file in termFiles)
        {
            if (fresh.TryGetValue(file.RelativePath, out var document))
            {
                result.Add((document.Slug, DocumentOutline.From(document).Names));
            }
            else if (storedByPath.TryGetValue(file.RelativePath, out var stored) && stored is GlossaryTerm term)
            {
                result.Add((term.Slug, DocumentMapping.TermNames(term)));
            }
        }
        return result;
    }

    /// <summary>Serves baked data without ingesting (read-only mode): analysis rules and suggestions from what the store and index hold.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        var problem = await LoadCoreAsync(cancellationToken);
        if (problem is not null) throw new InvalidOperationException(problem + "; bake the data again with `kb build`.");
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
        await RefreshCatalogAsync(db, cancellationToken);
        if (logger.IsEnabled(LogLevel.Information)) logger.LogInformation("Serving the data of the last build: content {ContentVersion}", contentVersion);
        return null;
    }

    private async Task WriteStoreAsync(KnowledgeBaseDbContext db, List<(ContentFile File, ContentDocument Document)> accepted,
        List<StoredDocument> removed, List<DateChange> dateChanges, string glossaryVersion, string contentVersion, CancellationToken cancellationToken)
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
        foreach (var (file, document) in accepted)
        {
            var (updated, updatedSource) = dates.Resolve(file, document.Updated);
            db.Documents.Add(DocumentMapping.ToStored(document, updated, updatedSource, now));
        }
        db.BuildStates.RemoveRange(await db.BuildStates.ToListAsync(cancellationToken));
        db.BuildStates.Add(new BuildState { Key = GlossaryVersionKey, Value = glossaryVersion });
        db.BuildStates.Add(new BuildState { Key = ContentVersionKey, Value = contentVersion });
        db.BuildStates.Add(new BuildState { Key = RenderingKey, Value = ContentParser.RenderingVersion });
        db.BuildStates.Add(new BuildState { Key = "last-build", Value = now.ToString("O") });
        await db.SaveChangesAsync(cancellationToken);
        foreach (var change in dateChanges)
        {
            await db.Documents.Where(d => d.Id == change.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.Updated, change.Updated).SetProperty(d => d.UpdatedSource, change.Source), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private sealed record DateChange(int Id, DateTime? Updated, string Source);

    /// <summary>A commit changes "last updated" without changing a file: the dates of unchanged documents that moved.</summary>
    private List<DateChange> DateChanges(IReadOnlyList<ContentFile> files, List<StoredDocument> stored, HashSet<string> acceptedPaths)
    {
        var byPath = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var changes = new List<DateChange>();
        foreach (var document in stored.Where(d => !acceptedPaths.Contains(d.RelativePath) && byPath.ContainsKey(d.RelativePath)))
        {
            var frontMatter = document.UpdatedSource == GitDocumentDates.FrontMatter ? document.Updated : null;
            var (updated, updatedSource) = dates.Resolve(byPath[document.RelativePath], frontMatter);
            if (updated != document.Updated || updatedSource != document.UpdatedSource) changes.Add(new DateChange(document.Id, updated, updatedSource));
        }
        return changes;
    }

    private async Task WriteIndexAsync(KnowledgeBaseDbContext db, bool fullRebuild, List<(ContentFile File, ContentDocument Document)> accepted,
        List<StoredDocument> removed, string contentVersion, CancellationToken cancellationToken)
    {
        var terms = await db.Terms.AsNoTracking().Include(t => t.Aliases).Include(t => t.Links).AsSplitQuery().ToListAsync(cancellationToken);
        var about = AboutNames(terms);
        var acceptedPaths = accepted.Select(a => a.File.RelativePath).ToHashSet(StringComparer.Ordinal);
        var query = db.Documents.AsNoTracking().Include(d => d.Tags).Include(d => ((GlossaryTerm)d).Aliases).AsSplitQuery();
        var toIndex = fullRebuild
            ? await query.ToListAsync(cancellationToken)
            : await query.Where(d => acceptedPaths.Contains(d.RelativePath)).ToListAsync(cancellationToken);
        try
        {
            if (fullRebuild) index.DeleteAll();
            foreach (var document in removed) index.Delete(document.Kind, document.Slug);
            foreach (var document in toIndex)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var names = document.Kind == DocumentKind.Article ? about.GetValueOrDefault(document.Slug) ?? [] : [];
                index.Upsert(DocumentMapping.ToSearch(document, names));
            }
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
    private static Dictionary<string, List<string>> AboutNames(List<GlossaryTerm> terms)
    {
        var about = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var names = DocumentMapping.TermNames(term);
            var targets = term.Links.Where(l => l.TargetKind == DocumentKind.Article).Select(l => l.TargetSlug!).Prepend(term.Slug).Distinct();
            foreach (var slug in targets)
            {
                if (!about.TryGetValue(slug, out var list)) about[slug] = list = [];
                list.AddRange(names);
            }
        }
        return about;
    }

    private async Task RefreshCatalogAsync(KnowledgeBaseDbContext db, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.AsNoTracking().Select(a => new { a.Slug, a.Title, a.Lang }).ToListAsync(cancellationToken);
        var terms = await db.Terms.AsNoTracking().Include(t => t.Aliases).ToListAsync(cancellationToken);
        var names = articles.Select(a => new CatalogName(a.Title, DocumentKind.Article, a.Slug, a.Title, SiteUrls.Article(a.Slug), a.Lang))
            .Concat(terms.SelectMany(t => DocumentMapping.TermNames(t)
                .Select(n => new CatalogName(n, DocumentKind.Term, t.Slug, t.Title, SiteUrls.Term(t.Slug), t.Lang))));
        var cards = terms.Select(t => new TermCard(t.Slug, t.Title, t.English, t.Abbreviation, t.DefinitionText, SiteUrls.Term(t.Slug)));
        catalog.Replace(names, cards);
    }

    public void Dispose() => _gate.Dispose();

    private static IEnumerable<string> SingleWords(string name) =>
        name.Split([' ', '-', '/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && w.All(char.IsLetter));

    private static string Fingerprint(IEnumerable<string> parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts.Order(StringComparer.Ordinal)))))[..16];
}
