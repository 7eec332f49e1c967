using CyberDiplomacy.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CyberDiplomacy.Browser.Tests;

/// <summary>JavaScript only enhances: with it switched off, a reader still searches and browses.</summary>
public sealed class NoScriptTests(SiteFixture site) : BrowserTest(site)
{
    private static BrowserNewContextOptions NoScript => new() { JavaScriptEnabled = false };

    [Fact]
    public async Task Search_results_page_shows_results()
    {
        var page = await OpenAsync("/search?q=diplomasi", NoScript);

        await Expect(page.Locator(".results-summary")).ToContainTextAsync("hasil untuk");
        Assert.True(await page.Locator(".result").CountAsync() > 0, "no results without JavaScript");
        await Expect(page.Locator(".result h3 a").First).ToBeVisibleAsync();
        await Expect(page.Locator(".notice")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Search_results_page_links_to_the_next_page_of_results()
    {
        var page = await OpenAsync("/search?q=diplomasi", NoScript);
        var pages = page.GetByRole(AriaRole.Navigation, new() { Name = "Halaman hasil" });
        await Expect(pages.GetByRole(AriaRole.Link, new() { Name = "1", Exact = true })).ToHaveAttributeAsync("aria-current", "page");

        await pages.GetByRole(AriaRole.Link, new() { Name = "2", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/search?q=diplomasi&page=2");
        await Expect(pages.GetByRole(AriaRole.Link, new() { Name = "2", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Locator("ol.result-list")).ToHaveAttributeAsync("start", "11");
        await Expect(page.Locator(".notice")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Glossary_filter_submits_and_shows_only_the_matching_terms()
    {
        var page = await OpenAsync("/glossary", NoScript);
        var total = await page.Locator(".glossary-entry").CountAsync();

        await page.GetByLabel("Saring istilah").FillAsync("siber");
        await page.GetByRole(AriaRole.Button, new() { Name = "Saring", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/glossary?q=siber");
        var shown = await page.Locator(".glossary-entry[data-filter-text*='siber']").CountAsync();
        Assert.InRange(shown, 1, total - 1);
        await Expect(page.Locator(".glossary-entry:visible")).ToHaveCountAsync(shown);
        await Expect(page.Locator("#glossary-filter-status")).ToHaveTextAsync($"{shown} istilah ditampilkan");
        await Expect(page.GetByLabel("Saring istilah")).ToHaveValueAsync("siber");
    }

    [Fact]
    public async Task Home_page_shows_the_featured_articles()
    {
        var page = await OpenAsync("/", NoScript);

        var cards = page.Locator("#featured-heading + .card-grid .card");
        Assert.True(await cards.CountAsync() > 0, "no featured articles without JavaScript");
        await Expect(cards.First.Locator("h3 a")).ToBeVisibleAsync();
        await Expect(page.Locator("#site-search-input")).ToBeVisibleAsync();
        await Expect(page.Locator(".theme-toggle")).ToBeHiddenAsync();
    }
}
