using System.IO.Enumeration;

namespace CyberDiplomacy.Core.Content;

/// <summary>One Markdown file as read from disk; its stamp is the one seen before reading.</summary>
public sealed record ContentFile(string RelativePath, string FullPath, string Text, string Hash, DateTime LastWriteUtc, long Length = 0)
{
    public bool IsTerm => ContentPaths.IsTerm(RelativePath);
}

/// <summary>A Markdown file's size and modification time, without its text: what a scan for changes looks at.</summary>
public sealed record FileStamp(string RelativePath, long Length, DateTime LastWriteUtc)
{
    public bool IsTerm => ContentPaths.IsTerm(RelativePath);
}

/// <summary>Lists and reads the content folder's documents (the folders of <see cref="ContentPaths"/>).</summary>
public sealed class ContentSource(string contentRoot)
{
    public string Root => contentRoot;

    /// <summary>How paths appear in diagnostics: relative to the content folder's parent (<c>content/articles/x.md</c>).</summary>
    public string DisplayPath(string relativePath) => Path.GetFileName(contentRoot.TrimEnd(Path.DirectorySeparatorChar)) + "/" + relativePath;

    public IReadOnlyList<string> ListFiles()
    {
        var files = new List<string>();
        foreach (var folder in ContentPaths.Folders.Select(f => f.Path))
        {
            var full = Path.Combine(contentRoot, folder);
            if (!Directory.Exists(full)) continue;
            files.AddRange(Directory.EnumerateFiles(full, "*.md", SearchOption.TopDirectoryOnly)
                .Select(f => folder + "/" + Path.GetFileName(f)));
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Every content file with its size and modification time (one directory listing per folder, no reads).</summary>
    public IReadOnlyList<FileStamp> Scan()
    {
        var stamps = new List<FileStamp>();
        foreach (var folder in ContentPaths.Folders.Select(f => f.Path))
        {
            var full = Path.Combine(contentRoot, folder);
            if (!Directory.Exists(full)) continue;
            // Straight from the directory entries: no FileInfo (nor full path) per file.
            var prefix = folder + "/";
            stamps.AddRange(new FileSystemEnumerable<FileStamp>(full,
                (ref FileSystemEntry entry) => new FileStamp(prefix + entry.FileName.ToString(), entry.Length, entry.LastWriteTimeUtc.UtcDateTime),
                new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && entry.FileName.EndsWith(".md", StringComparison.Ordinal),
            });
        }
        stamps.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return stamps;
    }

    /// <summary>Reads the files in parallel, in the given order; a file gone since the scan is left out.</summary>
    public IReadOnlyList<ContentFile> Read(IEnumerable<FileStamp> stamps) =>
        stamps.AsParallel().AsOrdered().Select(s => Read(s.RelativePath, s)).OfType<ContentFile>().ToList();

    public ContentFile? Read(string relativePath) => Read(relativePath, null);

    private ContentFile? Read(string relativePath, FileStamp? stamp)
    {
        var full = Path.Combine(contentRoot, relativePath);
        try
        {
            if (stamp is null)
            {
                var info = new FileInfo(full);
                stamp = new FileStamp(relativePath, info.Length, info.LastWriteTimeUtc);
            }
            var text = File.ReadAllText(full);
            return new ContentFile(relativePath, full, text, ContentParser.Hash(text), stamp.LastWriteUtc, stamp.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // deleted or locked between listing and reading; the next scan sees it settled
        }
    }

    public IReadOnlyList<ContentFile> ReadAll() => Read(Scan());
}
