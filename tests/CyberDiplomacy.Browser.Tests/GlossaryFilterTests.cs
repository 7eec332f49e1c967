using CyberDiplomacy.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CyberDiplomacy.Browser.Tests;

public sealed class GlossaryFilterTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task Typing_in_the_filter_hides_terms_that_do_not_match_and_reports_the_count()
    {
        var page = await OpenAsync("/glossary");
        var entries = page.Locator(".glossary-entry");
        var total = await entries.CountAsync();
        var filter = page.GetByLabel("Saring istilah");
        await Expect(filter).ToBeVisibleAsync();

        await filter.FillAsync("siber");

        var matching = page.Locator(".glossary-entry[data-filter-text*='siber']");
        var shown = await matching.CountAsync();
        Assert.InRange(shown, 1, total - 1);
        await Expect(page.Locator(".glossary-entry:visible")).ToHaveCountAsync(shown);
        await Expect(matching.First).ToBeVisibleAsync();
        await Expect(page.Locator(".glossary-entry:not([data-filter-text*='siber'])").First).ToBeHiddenAsync();
        await Expect(page.Locator("#glossary-filter-status")).ToHaveTextAsync($"{shown} istilah ditampilkan");

        await filter.FillAsync("");
        await Expect(page.Locator(".glossary-entry:visible")).ToHaveCountAsync(total);
        await Expect(page.Locator("#glossary-filter-status")).ToHaveTextAsync("");
    }

    [Fact]
    public async Task A_filtered_address_opens_filtered_and_clearing_the_box_brings_every_term_back()
    {
        var all = await (await OpenAsync("/glossary")).Locator(".glossary-entry").CountAsync();
        var page = await OpenAsync("/glossary?q=siber");
        var filter = page.GetByLabel("Saring istilah");
        var shown = await page.Locator(".glossary-entry:visible").CountAsync();
        Assert.InRange(shown, 1, all - 1);
        await Expect(filter).ToHaveValueAsync("siber");

        await filter.FillAsync("");

        await Expect(page.Locator(".glossary-entry:visible")).ToHaveCountAsync(all);
        await Expect(page.Locator("#glossary-filter-status")).ToHaveTextAsync("");
    }

    [Fact]
    public async Task Pressing_enter_keeps_the_filter_in_the_address_without_reloading()
    {
        var page = await OpenAsync("/glossary");
        var filter = page.GetByLabel("Saring istilah");
        await filter.FillAsync("siber");
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        await filter.PressAsync("Enter");

        await page.WaitForURLAsync("**/glossary?q=siber");
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page was loaded again");
    }
}
