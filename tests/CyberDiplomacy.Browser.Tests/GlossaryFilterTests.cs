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
}
