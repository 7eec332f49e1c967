namespace CyberDiplomacy.Core.Content;

/// <summary>Where a document sits in the content folder, read from its path.</summary>
public sealed record ContentLocation(DocumentKind Kind, string Lang, string Slug);

/// <summary>
/// The layout of <c>content/</c> in one place: which folders hold which kind of document in which language, and how a
/// path (<c>articles/en/cybercrime.md</c>) tells kind, language and slug.
/// </summary>
public static class ContentPaths
{
    public sealed record Folder(string Path, DocumentKind Kind, string Lang);

    /// <summary>Every folder that holds documents; files directly inside, <c>*.md</c>.</summary>
    public static IReadOnlyList<Folder> Folders { get; } =
    [
        new("articles", DocumentKind.Article, "id"),
        new("articles/en", DocumentKind.Article, "en"),
        new("glossary", DocumentKind.Term, "id"),
        new("documents", DocumentKind.Document, "id"),
        new("topics", DocumentKind.Topic, "id"),
        new("paths", DocumentKind.ReadingPath, "id"),
    ];

    public const string SearchFolder = "search";

    /// <summary>The folder, kind and language of a relative path with forward slashes; null outside the content folders.</summary>
    public static ContentLocation? Locate(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        if (slash <= 0 || !relativePath.EndsWith(".md", StringComparison.Ordinal)) return null;
        var folderPath = relativePath[..slash];
        foreach (var folder in Folders)
        {
            if (folder.Path == folderPath) return new ContentLocation(folder.Kind, folder.Lang, relativePath[(slash + 1)..^3]);
        }
        return null;
    }

    /// <summary>Kind of a path known to be content (listed from the content folders); articles when unknown.</summary>
    public static DocumentKind KindOf(string relativePath) => Locate(relativePath)?.Kind ?? DocumentKind.Article;

    public static bool IsTerm(string relativePath) => KindOf(relativePath) == DocumentKind.Term;

    /// <summary>The relative path a new document of this kind and language gets (<c>kb new</c>).</summary>
    public static string PathFor(DocumentKind kind, string lang, string slug) =>
        Folders.First(f => f.Kind == kind && (f.Lang == lang || kind != DocumentKind.Article)).Path + "/" + slug + ".md";
}
