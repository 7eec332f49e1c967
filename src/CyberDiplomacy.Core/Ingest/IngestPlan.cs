using CyberDiplomacy.Core.Content;

namespace CyberDiplomacy.Core.Ingest;

/// <summary>
/// What an ingest must do, decided from the scan and the store without any I/O of its own: whether everything is
/// rebuilt, which files are read (size or time moved), which of those are parsed (text changed, or an article when the
/// glossary it auto-links changed), which stored documents are kept, removed or only restamped. Built in the order
/// the ingest learns things: stamps first, then the terms' text, then the articles' text.
/// </summary>
internal sealed class IngestPlan
{
    private readonly IReadOnlyList<FileStamp> _scan;
    private readonly StoreSnapshot _stored;
    private Dictionary<string, ContentFile> _terms = [];
    private Dictionary<string, ContentFile> _articles = [];
    private IReadOnlySet<string>? _present;

    /// <param name="indexContentVersion">The content version of the index's last commit.</param>
    public IngestPlan(IReadOnlyList<FileStamp> scan, StoreSnapshot stored, string? indexContentVersion)
    {
        _scan = scan;
        _stored = stored;
        StoredContentVersion = stored.BuildState.GetValueOrDefault(BuildVersions.ContentVersion);
        FullRebuild = StoredContentVersion is null || StoredContentVersion != indexContentVersion
            || stored.BuildState.GetValueOrDefault(BuildVersions.Rendering) != ContentParser.RenderingVersion;
    }

    public string? StoredContentVersion { get; }

    /// <summary>Store and index disagree, or the HTML was rendered by another version: every file is read and parsed.</summary>
    public bool FullRebuild { get; private set; }

    /// <summary>The index must be rebuilt even though the store need not (the search analysis rules changed).</summary>
    public bool FullReindex { get; private set; }

    public string GlossaryVersion { get; private set; } = "";

    public bool GlossaryChanged { get; private set; }

    public IEnumerable<FileStamp> TermsToRead => _scan.Where(f => f.IsTerm && MustRead(f));

    /// <summary>Articles to read once the terms are read: all of them when the glossary changed (they auto-link it).</summary>
    public IEnumerable<FileStamp> ArticlesToRead => _scan.Where(f => !f.IsTerm && (GlossaryChanged || MustRead(f)));

    public void TermsRead(IEnumerable<ContentFile> files)
    {
        _terms = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        _present = null;
        GlossaryVersion = BuildVersions.Fingerprint(_scan.Where(f => f.IsTerm).Select(f => (f.RelativePath, Hash: HashOf(f))).Where(f => f.Hash.Length > 0)
            .Select(f => f.RelativePath + "=" + f.Hash));
        GlossaryChanged = FullRebuild || _stored.BuildState.GetValueOrDefault(BuildVersions.GlossaryVersion) != GlossaryVersion;
    }

    public void ArticlesRead(IEnumerable<ContentFile> files)
    {
        _articles = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        _present = null;
    }

    public void ReindexEverything() => FullReindex = true;

    public IEnumerable<ContentFile> TermsToParse => _terms.Values.Where(Changed);

    public IEnumerable<ContentFile> ArticlesToParse => _articles.Values.Where(f => GlossaryChanged || Changed(f));

    public int ToParseCount => TermsToParse.Count() + ArticlesToParse.Count();

    /// <summary>Listed by the scan but gone (or locked) by the time it was to be read.</summary>
    public IReadOnlySet<string> Vanished => _scan.Where(f => f.IsTerm ? MustRead(f) : GlossaryChanged || MustRead(f))
        .Select(f => f.RelativePath).Where(p => !_terms.ContainsKey(p) && !_articles.ContainsKey(p)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every file that exists after this ingest (worked out once per read: several steps ask, over 10,000 paths).</summary>
    public IReadOnlySet<string> Present
    {
        get
        {
            if (_present is { } present) return present;
            var vanished = Vanished;
            return _present = _scan.Select(f => f.RelativePath).Where(p => !vanished.Contains(p)).ToHashSet(StringComparer.Ordinal);
        }
    }

    public IEnumerable<string> TermPaths
    {
        get
        {
            var present = Present;
            return _scan.Where(f => f.IsTerm && present.Contains(f.RelativePath)).Select(f => f.RelativePath);
        }
    }

    /// <summary>Read because its stamp moved, but its text is the one stored: only the stamp is updated.</summary>
    public IReadOnlyList<ContentFile> Restamped => _terms.Values.Concat(_articles.Values)
        .Where(f => !Changed(f) && _stored.ByPath.TryGetValue(f.RelativePath, out var s) && !s.StampMatches(new FileStamp(f.RelativePath, f.Length, f.LastWriteUtc)))
        .ToList();

    /// <summary>Stored documents whose file exists and was not parsed now: they stay as they are.</summary>
    public List<StoredSummary> Kept(IReadOnlySet<string> parsedPaths)
    {
        var present = Present;
        return _stored.Documents.Where(s => present.Contains(s.RelativePath) && !parsedPaths.Contains(s.RelativePath)).ToList();
    }

    /// <summary>Stored documents whose file is gone.</summary>
    public List<StoredSummary> Removed()
    {
        var present = Present;
        return _stored.Documents.Where(s => !present.Contains(s.RelativePath)).ToList();
    }

    /// <summary>The content version after this ingest: the accepted files as parsed, every other present file as stored.</summary>
    public string ContentVersion(IReadOnlyList<(ContentFile File, ContentDocument Document)> accepted)
    {
        var present = Present;
        var acceptedPaths = accepted.Select(a => a.File.RelativePath).ToHashSet(StringComparer.Ordinal);
        return BuildVersions.Fingerprint(accepted.Select(a => a.File.RelativePath + "=" + a.File.Hash)
            .Concat(_stored.Documents.Where(s => present.Contains(s.RelativePath) && !acceptedPaths.Contains(s.RelativePath))
                .Select(k => k.RelativePath + "=" + k.ContentHash)));
    }

    private bool MustRead(FileStamp file) => FullRebuild || !_stored.ByPath.TryGetValue(file.RelativePath, out var s) || !s.StampMatches(file);

    private bool Changed(ContentFile file) => FullRebuild || !_stored.ByPath.TryGetValue(file.RelativePath, out var s) || s.ContentHash != file.Hash;

    private string HashOf(FileStamp file) =>
        _terms.TryGetValue(file.RelativePath, out var read) ? read.Hash : _stored.ByPath.TryGetValue(file.RelativePath, out var s) ? s.ContentHash : "";
}
