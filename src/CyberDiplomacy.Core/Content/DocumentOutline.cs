namespace CyberDiplomacy.Core.Content;

/// <summary>What cross-document validation needs to know of a document, whether freshly parsed or read back from the store.</summary>
public sealed record DocumentOutline(
    DocumentKind Kind,
    string Slug,
    string RelativePath,
    string Lang,
    string? Translation,
    IReadOnlyList<DocumentLink> Links,
    IReadOnlyList<string> Related,
    IReadOnlyList<string> Names)
{
    private static readonly Dictionary<string, int> NoKeyLines = [];

    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = NoKeyLines;

    /// <summary>A primary document's symbol (A/70/174, UU 27/2022), which no other document may carry.</summary>
    public string? Symbol { get; init; }

    /// <summary>The articles a topic or reading path names, with their positions.</summary>
    public IReadOnlyList<MemberRef> Members { get; init; } = [];

    public int LineOf(string key) => KeyLines.TryGetValue(key, out var line) ? line : 1;

    public static DocumentOutline From(ContentDocument document) => new(
        document.Kind, document.Slug, document.RelativePath, document.Lang, document.Translation, document.Links, document.Related,
        document.Kind == DocumentKind.Term ? TermNames(document.Title, document.English, document.Abbreviation, document.Aliases) : [])
    {
        KeyLines = document.KeyLines,
        Symbol = document.Instrument?.Symbol,
        Members = document.Wayfinding?.Members ?? [],
    };

    /// <summary>
    /// A file that failed to parse still exists: links to it are not reported as dangling (one mistake, one error).
    /// </summary>
    public static DocumentOutline Placeholder(string relativePath)
    {
        var location = ContentPaths.Locate(relativePath) ?? new ContentLocation(DocumentKind.Article, "id", Path.GetFileNameWithoutExtension(relativePath));
        return new(location.Kind, location.Slug, relativePath, location.Lang, null, [], [], []);
    }

    public static IReadOnlyList<string> TermNames(string term, string? english, string? abbreviation, IEnumerable<string> aliases) =>
        new[] { term, english, abbreviation }.Concat(aliases).OfType<string>().Where(n => n.Length > 0).ToList();
}
