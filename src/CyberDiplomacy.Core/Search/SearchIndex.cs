using CyberDiplomacy.Core.Content;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace CyberDiplomacy.Core.Search;

/// <summary>
/// Owns the Lucene directory, the app's one <see cref="IndexWriter"/> and a <see cref="SearcherManager"/>.
/// Writes: <c>Upsert</c>/<c>Delete</c>, then <c>Commit</c> (which refreshes searchers). Reads: <see cref="Read{T}"/>.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const string FingerprintKey = "stemming-rules";
    public const string ContentVersionKey = "content-version";

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly ILogger<SearchIndex> _logger;
    private volatile SearchAnalyzers _analyzers;

    public SearchIndex(KnowledgeBasePaths paths, ILogger<SearchIndex> logger) : this(FSDirectory.Open(paths.IndexFolder), logger)
    {
    }

    public SearchIndex(LuceneDirectory directory, ILogger<SearchIndex> logger)
    {
        _logger = logger;
        _directory = directory;
        _analyzers = new SearchAnalyzers(StemmingRules.Empty);
        _writer = OpenWriter(directory, _analyzers);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: new RankingSearcherFactory());
    }

    public SearchAnalyzers Analyzers => _analyzers;

    /// <summary>Rules the committed index was built with; a mismatch with the content's rules means a full re-index.</summary>
    public string? CommittedFingerprint => CommitData(FingerprintKey);

    public string? CommittedContentVersion => CommitData(ContentVersionKey);

    public int DocumentCount => Read(searcher => searcher.IndexReader.NumDocs);

    public void UseRules(StemmingRules rules)
    {
        if (rules.Fingerprint != _analyzers.Rules.Fingerprint)
        {
            _analyzers = new SearchAnalyzers(rules);
        }
    }

    public void Upsert(SearchDocument document) =>
        _writer.UpdateDocument(new Term(SearchFields.Key, document.Key), ToLucene(document, _analyzers), _analyzers.PerField);

    public void Delete(DocumentKind kind, string slug) =>
        _writer.DeleteDocuments(new Term(SearchFields.Key, SearchDocument.KeyOf(kind, slug)));

    public void DeleteAll() => _writer.DeleteAll();

    public void Commit(string contentVersion)
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [FingerprintKey] = _analyzers.Rules.Fingerprint,
            [ContentVersionKey] = contentVersion,
        });
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    public void Rollback() => _writer.DeleteUnusedFiles();

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

    private IndexWriter OpenWriter(LuceneDirectory directory, SearchAnalyzers analyzers)
    {
        var config = new IndexWriterConfig(SearchFields.Version, analyzers.PerField) { OpenMode = OpenMode.CREATE_OR_APPEND, Similarity = SearchFields.Similarity };
        try
        {
            return new IndexWriter(directory, config);
        }
        catch (Exception ex) when (ex is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException or IOException and not LockObtainFailedException)
        {
            _logger.LogWarning(ex, "Search index in {Directory} is unreadable ({Reason}); creating a new one to rebuild from content", directory, ex.GetType().Name);
            return new IndexWriter(directory, new IndexWriterConfig(SearchFields.Version, analyzers.PerField) { OpenMode = OpenMode.CREATE, Similarity = SearchFields.Similarity });
        }
    }

    private static List<IIndexableField> ToLucene(SearchDocument document, SearchAnalyzers analyzers)
    {
        var fields = new List<IIndexableField>
        {
            new StringField(SearchFields.Key, document.Key, Field.Store.YES),
            new StringField(SearchFields.Type, document.Kind.ToApiName(), Field.Store.YES),
            new SortedDocValuesField(SearchFields.Type, new BytesRef(document.Kind.ToApiName())),
            new SortedDocValuesField(SearchFields.Lang, new BytesRef(document.Lang)),
            new StringField(SearchFields.Slug, document.Slug, Field.Store.YES),
            new StringField(SearchFields.Lang, document.Lang, Field.Store.YES),
            new TextField(SearchFields.Title, document.Title, Field.Store.YES),
            new TextField(SearchFields.TitleExact, document.Title, Field.Store.NO),
            new TextField(SearchFields.Summary, document.Summary, Field.Store.YES),
            new TextField(SearchFields.Body, document.Body, Field.Store.YES),
            new TextField(SearchFields.BodyExact, document.Body, Field.Store.NO),
        };
        foreach (var name in document.Names)
        {
            fields.Add(new TextField(SearchFields.Names, name, Field.Store.YES));
            fields.Add(new TextField(SearchFields.NamesExact, name, Field.Store.NO));
        }
        foreach (var about in document.About)
        {
            fields.Add(new TextField(SearchFields.About, about, Field.Store.NO));
        }
        foreach (var key in document.Names.Append(document.Title).Select(analyzers.WholeKey).Where(k => k.Length > 0).Distinct())
        {
            fields.Add(new StringField(SearchFields.NameKey, key, Field.Store.NO));
        }
        foreach (var key in document.About.Select(analyzers.WholeKey).Where(k => k.Length > 0).Distinct())
        {
            fields.Add(new StringField(SearchFields.AboutKey, key, Field.Store.NO));
        }
        foreach (var tag in document.Tags)
        {
            fields.Add(new StringField(SearchFields.Tag, tag, Field.Store.YES));
            fields.Add(new SortedSetDocValuesField(SearchFields.Tag, new BytesRef(tag)));
        }
        return fields;
    }

    private sealed class RankingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = SearchFields.Similarity };
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzers.Dispose();
        _directory.Dispose();
    }
}
