namespace CyberDiplomacy.Core.Content;

/// <summary>One Markdown file as read from disk.</summary>
public sealed record ContentFile(string RelativePath, string FullPath, string Text, string Hash, DateTime LastWriteUtc)
{
    public bool IsTerm => RelativePath.StartsWith("glossary/", StringComparison.Ordinal);
}

/// <summary>Lists and reads the content folder: <c>articles/*.md</c>, <c>articles/en/*.md</c>, <c>glossary/*.md</c>.</summary>
public sealed class ContentSource(string contentRoot)
{
    private static readonly string[] Folders = ["articles", "articles/en", "glossary"];

    public string Root => contentRoot;

    /// <summary>How paths appear in diagnostics: relative to the content folder's parent (<c>content/articles/x.md</c>).</summary>
    public string DisplayPath(string relativePath) => Path.GetFileName(contentRoot.TrimEnd(Path.DirectorySeparatorChar)) + "/" + relativePath;

    public IReadOnlyList<string> ListFiles()
    {
        var files = new List<string>();
        foreach (var folder in Folders)
        {
            var full = Path.Combine(contentRoot, folder);
            if (!Directory.Exists(full)) continue;
            files.AddRange(Directory.EnumerateFiles(full, "*.md", SearchOption.TopDirectoryOnly)
                .Select(f => folder + "/" + Path.GetFileName(f)));
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public static bool IsContentPath(string relativePath) =>
        relativePath.EndsWith(".md", StringComparison.Ordinal) && Folders.Contains(Path.GetDirectoryName(relativePath)?.Replace('\\', '/'));

    public ContentFile? Read(string relativePath)
    {
        var full = Path.Combine(contentRoot, relativePath);
        try
        {
            var text = File.ReadAllText(full);
            return new ContentFile(relativePath, full, text, ContentParser.Hash(text), File.GetLastWriteTimeUtc(full));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // deleted or locked between listing and reading; the next scan sees it settled
        }
    }

    public IReadOnlyList<ContentFile> ReadAll() =>
        ListFiles().AsParallel().AsOrdered().Select(Read).OfType<ContentFile>().ToList();
}
