using System.Text.RegularExpressions;

namespace CyberDiplomacy.Core.Content;

/// <summary>The site's URL scheme (DESIGN §4) in one place.</summary>
public static partial class SiteUrls
{
    public static string Article(string slug) => "/articles/" + slug;
    public static string Term(string slug) => "/glossary/" + slug;
    public static string Tag(string tag) => "/tags/" + Uri.EscapeDataString(tag);
    public static string For(DocumentKind kind, string slug) => kind == DocumentKind.Article ? Article(slug) : Term(slug);

    public static bool IsValidSlug(string? slug) => slug is { Length: > 0 and <= 100 } && SlugPattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
