using System.Net;
using System.Text.RegularExpressions;
using CyberDiplomacy.Web.Tests.Infrastructure;

namespace CyberDiplomacy.Web.Tests;

/// <summary>
/// The glossary filter is a real form: without JavaScript, submitting it (<c>/glossary?q=…</c>) shows only the terms
/// that match, and the page says how many.
/// </summary>
public sealed partial class GlossaryFilterPageTests(GlossaryFilterPageTests.Site site) : IClassFixture<GlossaryFilterPageTests.Site>
{
    public sealed class Site() : TempContentFactory(SmallContent.Files);

    [Fact]
    public async Task The_filter_form_is_in_the_page_as_served()
    {
        var html = await site.CreateClient().GetHtmlAsync("/glossary");

        var form = Markup.Section(html, "<form class=\"glossary-filter\"", "</form>");
        Assert.Matches("^[^>]*method=\"get\"[^>]*action=\"/glossary\"", form);
        Assert.DoesNotMatch("^[^>]*\\bhidden\\b", form);
        Assert.Matches("<input[^>]*name=\"q\"", form);
        Assert.Equal(["bssn", "norma"], ShownTerms(html));
    }

    [Fact]
    public async Task Submitting_the_filter_without_javascript_shows_only_matching_terms()
    {
        var html = await site.CreateClient().GetHtmlAsync("/glossary?q=Sandi");

        Assert.Equal(["bssn"], ShownTerms(html));
        Assert.Matches("<input[^>]*name=\"q\"[^>]*value=\"Sandi\"", html);
        Assert.Contains("1 istilah ditampilkan</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_matches_english_names_and_abbreviations_too()
    {
        var client = site.CreateClient();

        Assert.Equal(["norma"], ShownTerms(await client.GetHtmlAsync("/glossary?q=cyber+norms")));
        Assert.Equal(["bssn"], ShownTerms(await client.GetHtmlAsync("/glossary?q=BSSN")));
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_shows_no_terms_and_says_so()
    {
        var html = await site.CreateClient().GetHtmlAsync("/glossary?q=tidak-ada-istilah-ini");

        Assert.Empty(ShownTerms(html));
        Assert.Contains("0 istilah ditampilkan</p>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<section class=\"letter-group\"(?![^>]*\\bhidden\\b)", html);
    }

    /// <summary>Slugs of the glossary entries a reader sees: rendered and not hidden.</summary>
    private static List<string> ShownTerms(string html) =>
        Entry().Matches(html).Where(m => !Regex.IsMatch(m.Groups["attributes"].Value, "\\bhidden\\b"))
            .Select(m => WebUtility.HtmlDecode(m.Groups["slug"].Value)).ToList();

    [GeneratedRegex("<div class=\"glossary-entry\"(?<attributes>[^>]*)>\\s*<dt>\\s*<a href=\"/glossary/(?<slug>[^\"]+)\"")]
    private static partial Regex Entry();
}
