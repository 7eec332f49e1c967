using CyberDiplomacy.Core.Content;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// Owns the Lucene directory, the app's one <see cref="IndexWriter"/> and a <see cref="SearcherManager"/>.
/// Writes: <c>Upsert</c>/<c>Delete</c>, then <c>Commit</c> (which refreshes searchers), or <c>DiscardPendingChanges</c>.
/// Reads: <see cref="Read{T}"/>. Searchers are opened from the directory, so readers only ever see committed
/// versions, never the half of an ingest that was cancelled. Read-only (baked data on a read-only file system): no
/// writer and no write.lock, only the committed index.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Commit key of the search schema: the field layout's version and the analysis rules, fingerprinted together.</summary>
    public const string SearchSchemaKey = "search-schema";
    public const string ContentVersionKey = "content-version";

    private readonly LuceneDirectory _directory;
    private readonly SearcherManager _searchers = null!;
    private readonly ILogger<SearchIndex> _logger;
    private readonly System.Threading.Lock _writerLock = new();
    private IndexWriter? _writer;
    private volatile SearchAnalyzers _analyzers;
    private volatile string? _servedContentVersion;

    public SearchIndex(KnowledgeBasePaths paths, IOptions<KnowledgeBaseOptions> options, ILogger<SearchIndex> logger)
        : this(OpenDirectory(paths, options.Value.ReadOnlyData), logger, options.Value.ReadOnlyData)
    {
    }

    public SearchIndex(LuceneDirectory directory, ILogger<SearchIndex> logger, bool readOnly = false)
    {
        _logger = logger;
        _directory = directory;
        _analyzers = new SearchAnalyzers(StemmingRules.Empty);
        if (readOnly)
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                throw new InvalidOperationException($"KnowledgeBase:ReadOnlyData is on but there is no search index in {directory}; bake the data with `kb build` first.");
            }
        }
        else
        {
            try
            {
                _writer = OpenWriter(directory, _analyzers);
                // The searchers read committed versions from the directory, so there must be one to read.
                if (!DirectoryReader.IndexExists(directory)) _writer.Commit();
                _searchers = new SearcherManager(directory, new RankingSearcherFactory());
                return;
            }
            catch (Exception ex) when (IsDamage(ex))
            {
                // Derived data: a damaged index is cleared and rebuilt from content by the ingest that follows.
                _logger.LogWarning("Search index in {Directory} is damaged ({Reason}); clearing it to rebuild from content", directory, ex.Message);
                _writer?.Rollback();
                Clear(directory);
                _writer = OpenWriter(directory, _analyzers);
                _writer.Commit();
            }
        }
        _searchers = new SearcherManager(directory, new RankingSearcherFactory());
    }

    private static bool IsDamage(Exception ex) =>
        ex is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException
            or (IOException and not LockObtainFailedException);

    /// <summary>Deletes every file of the index except the lock, which this process holds or nobody does.</summary>
    private static void Clear(LuceneDirectory directory)
    {
        foreach (var file in directory.ListAll().Where(f => f != IndexWriter.WRITE_LOCK_NAME)) directory.DeleteFile(file);
    }

    public SearchAnalyzers Analyzers => _analyzers;

    /// <summary>Schema and rules the committed index was built with; a mismatch with the content's rules means a full re-index.</summary>
    public string? CommittedSearchSchema => CommitData(SearchSchemaKey);

    public string? CommittedContentVersion => CommitData(ContentVersionKey);

    /// <summary>
    /// The content version readers are served, kept in memory (reading commit data lists the directory): it changes
    /// when an ingest commits, just before searchers see that commit, after the store has. Caches of rendered pages
    /// and derived lists key on it, so they switch with search.
    /// </summary>
    public string ServedContentVersion => _servedContentVersion ??= CommittedContentVersion ?? "";

    public int DocumentCount => Read(searcher => searcher.IndexReader.NumDocs);

    /// <summary>Segments the served index is made of: several after a build (one per indexing thread and flush), one after <see cref="Compact"/>.</summary>
    public int SegmentCount => Read(searcher => searcher.IndexReader.Leaves.Count);

    private const double CompactShare = 0.9;

    /// <summary>
    /// True when no segment holds most of the documents, as after a cold build. The small segments a save adds to a
    /// compacted index do not count: the merge policy folds them in, and merging them into the large one would rewrite
    /// all of it for little.
    /// </summary>
    public bool IsFragmented => Read(searcher =>
    {
        var leaves = searcher.IndexReader.Leaves;
        return leaves.Count > 1 && leaves.Max(leaf => leaf.Reader.MaxDoc) < CompactShare * searcher.IndexReader.MaxDoc;
    });

    /// <summary>
    /// Merges the index into one segment and serves it; the content is the same, and so is the commit's data (content
    /// version, rules). A search then looks each word up and scores it once instead of once per segment: about a
    /// quarter less time per query at 10,000 articles. The merge rewrites the index (seconds at that size): the site
    /// runs it in the background, and <see cref="Ingest.Ingestor.CompactIndexAsync"/> keeps ingests out meanwhile.
    /// </summary>
    public void Compact()
    {
        var writer = Writer;
        writer.ForceMerge(1);
        writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public void UseRules(StemmingRules rules)
    {
        if (rules.Fingerprint != _analyzers.Rules.Fingerprint)
        {
            _analyzers = new SearchAnalyzers(rules);
        }
    }

    /// <summary>
    /// Every index write of an ingest: removes, replaces and adds documents, then commits with the content version, so
    /// readers switch to the new version at once; on failure or cancellation nothing of it stays.
    /// </summary>
    public void Apply(IndexChanges changes, CancellationToken cancellationToken = default)
    {
        try
        {
            if (changes.ReplaceAll) Writer.DeleteAll();
            foreach (var (kind, slug) in changes.Removed) Writer.DeleteDocuments(new Term(SearchFields.Key, SearchDocument.KeyOf(kind, slug)));
            // Analysis is most of the cost and the writer is thread-safe: every core takes documents.
            Parallel.ForEach(changes.Documents, new ParallelOptions { CancellationToken = cancellationToken }, Upsert);
            Commit(changes.ContentVersion);
        }
        catch
        {
            // Readers keep the last commit; the writer must not carry half an ingest into the next one (or into Dispose).
            DiscardPendingChanges();
            throw;
        }
    }

    private void Upsert(SearchDocument document) =>
        Writer.UpdateDocument(new Term(SearchFields.Key, document.Key), LuceneFields.For(document, _analyzers), _analyzers.PerField);

    private void Commit(string contentVersion)
    {
        var writer = Writer;
        writer.SetCommitData(new Dictionary<string, string>
        {
            [SearchSchemaKey] = _analyzers.Rules.Fingerprint,
            [ContentVersionKey] = contentVersion,
        });
        writer.Commit();
        _servedContentVersion = contentVersion;
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>
    /// Forgets every change since the last commit (a cancelled or failed ingest). Lucene's rollback closes the writer,
    /// so a new one is opened; readers are untouched, they never saw the changes.
    /// </summary>
    private void DiscardPendingChanges()
    {
        lock (_writerLock)
        {
            if (_writer is null) return;
            _writer.Rollback();
            _writer = null;
            _writer = OpenWriter(_directory, _analyzers);
        }
    }

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("The search index is read-only (KnowledgeBase:ReadOnlyData).");

    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private string? CommitData(string key)
    {
        if (!DirectoryReader.IndexExists(_directory)) return null;
        var commits = DirectoryReader.ListCommits(_directory);
        return commits.Count > 0 && commits[^1].UserData.TryGetValue(key, out var value) ? value : null;
    }

    private static FSDirectory OpenDirectory(KnowledgeBasePaths paths, bool readOnly)
    {
        if (!readOnly) return FSDirectory.Open(paths.IndexFolder);
        if (!System.IO.Directory.Exists(paths.IndexFolder))
        {
            throw new InvalidOperationException($"KnowledgeBase:ReadOnlyData is on but {paths.IndexFolder} does not exist; bake the data with `kb build` first.");
        }
        // Reading takes no lock; a lock factory that never writes a lock file keeps it that way.
        return FSDirectory.Open(new DirectoryInfo(paths.IndexFolder), NoLockFactory.GetNoLockFactory());
    }

    private static IndexWriter OpenWriter(LuceneDirectory directory, SearchAnalyzers analyzers)
    {
        // A larger buffer than the default 16 MB: a cold build of 10,000 articles flushes (and merges) far fewer segments.
        var config = new IndexWriterConfig(SearchFields.Version, analyzers.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = SearchFields.Similarity,
            RAMBufferSizeMB = 64,
        };
        return new IndexWriter(directory, config);
    }

    private sealed class RankingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = SearchFields.Similarity };
    }

    public void Dispose()
    {
        _searchers.Dispose();
        // Disposing a Lucene writer commits what it holds; changes left by an interrupted ingest must not be.
        if (_writer?.HasUncommittedChanges() == true) _writer.Rollback();
        else _writer?.Dispose();
        _analyzers.Dispose();
        _directory.Dispose();
    }
}
