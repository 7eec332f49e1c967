using System.Text.RegularExpressions;

namespace CyberDiplomacy.Core.Content;

/// <summary>The site's URL scheme (DESIGN §4) in one place.</summary>
public static partial class SiteUrls
{
    public const string Articles = "/articles";
    public const string Glossary = "/glossary";
    public const string Documents = "/documents";
    public const string Timeline = "/timeline";
    public const string Topics = "/topics";
    public const string Indonesia = "/indonesia";
    public const string Search = "/search";

    public static string Article(string slug) => Articles + "/" + slug;
    public static string Term(string slug) => Glossary + "/" + slug;
    public static string Tag(string tag) => "/tags/" + Uri.EscapeDataString(tag);

    /// <summary>The slug of a term URL (<c>/glossary/bssn#x</c> → <c>bssn</c>), or null for any other URL.</summary>
    public static string? TermSlug(string url) =>
        url.StartsWith(Glossary + "/", StringComparison.Ordinal) ? url[(Glossary.Length + 1)..].Split('#', '?')[0] : null;
    public static string Document(string slug) => Documents + "/" + slug;
    public static string Topic(string slug) => Topics + "/" + slug;

    /// <summary>An article read as a step of a reading path: the page then shows "Langkah n dari m" and the next step.</summary>
    public static string ArticleOnPath(string slug, string path) => Article(slug) + "?path=" + Uri.EscapeDataString(path);

    public static string For(DocumentKind kind, string slug) => kind switch
    {
        DocumentKind.Article => Article(slug),
        DocumentKind.Term => Term(slug),
        DocumentKind.Topic => Topic(slug),
        DocumentKind.ReadingPath => Articles + "?path=" + Uri.EscapeDataString(slug),
        _ => Document(slug),
    };

    public static bool IsValidSlug(string? slug) => slug is { Length: > 0 and <= 100 } && SlugPattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
