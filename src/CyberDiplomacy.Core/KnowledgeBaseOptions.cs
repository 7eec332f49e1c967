namespace CyberDiplomacy.Core;

/// <summary>The <c>KnowledgeBase</c> configuration section, shared by the web app and the <c>kb</c> CLI.</summary>
public sealed class KnowledgeBaseOptions
{
    public const string SectionName = "KnowledgeBase";

    /// <summary>Folder holding <c>articles/</c> and <c>glossary/</c>; empty means "find ./content walking up".</summary>
    public string ContentPath { get; set; } = "";

    /// <summary>Folder for the SQLite file and the Lucene index; empty means ".data" beside the content folder.</summary>
    public string DataPath { get; set; } = "";

    public bool WatchContent { get; set; }

    /// <summary>
    /// Serve data baked by <c>kb build</c> without writing a byte: SQLite opened read-only (immutable), the index
    /// without a writer or lock, no ingest and no watcher. Start fails when the data is missing. For containers with
    /// a read-only file system.
    /// </summary>
    public bool ReadOnlyData { get; set; }

    /// <summary>e.g. <c>https://github.com/ORG/REPO/edit/main/content/{path}</c>; empty hides edit links.</summary>
    public string EditUrlTemplate { get; set; } = "";

    /// <summary>Absolute site address used in feeds and the sitemap; empty means "the request's host".</summary>
    public string SiteUrl { get; set; } = "";

    /// <summary>Link to the source repository shown in the footer.</summary>
    public string RepositoryUrl { get; set; } = "";

    /// <summary>Count searches that found nothing (normalised query and a count per day, nothing about the reader) in the data folder.</summary>
    public bool CountSearchMisses { get; set; } = true;

    /// <summary>List the most frequent searches that found nothing on <c>/_status</c>; off because that page is public.</summary>
    public bool ShowSearchStatsOnStatus { get; set; }
}
