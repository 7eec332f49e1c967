using System.Net;
using System.Text.RegularExpressions;

namespace CyberDiplomacy.Web.Tests.Infrastructure;

/// <summary>Just enough HTML reading for assertions: elements are found by their opening tag and closing tag.</summary>
public static partial class Markup
{
    /// <summary>The inner markup of the first element whose opening tag matches <paramref name="openingTagPattern"/>, up to <paramref name="closingTag"/>.</summary>
    public static string Section(string html, string openingTagPattern, string closingTag)
    {
        var match = Regex.Match(html, openingTagPattern + "(.*?)" + Regex.Escape(closingTag), RegexOptions.Singleline);
        Assert.True(match.Success, $"no element matching {openingTagPattern}");
        return match.Groups[1].Value;
    }

    /// <summary>The page's own content, without the layout's header and footer.</summary>
    public static string MainContent(string html) => Section(html, "<main[^>]*>", "</main>");

    /// <summary>The decoded text of the page's first-level heading.</summary>
    public static string Heading(string html) => WebUtility.HtmlDecode(Section(html, "<h1[^>]*>", "</h1>").Trim());

    /// <summary>The language declared on the <c>&lt;html&gt;</c> element.</summary>
    public static string? DocumentLanguage(string html) => HtmlLang().Match(html) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The main navigation's link texts.</summary>
    public static IReadOnlyList<string> NavigationLinks(string html) =>
        NavLink().Matches(Section(html, "<nav class=\"main-nav\"[^>]*>", "</nav>")).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    /// <summary>Does the fragment hold a GET form to /search with a <c>q</c> input?</summary>
    public static bool HasSearchForm(string html) => SearchForm().IsMatch(html);

    [GeneratedRegex("<html[^>]*\\blang=\"([^\"]*)\"")]
    private static partial Regex HtmlLang();

    [GeneratedRegex("<a [^>]*>([^<]*)</a>")]
    private static partial Regex NavLink();

    [GeneratedRegex("<form[^>]*action=\"/search\"[^>]*>(?:(?!</form>).)*<input[^>]*name=\"q\"", RegexOptions.Singleline)]
    private static partial Regex SearchForm();
}
