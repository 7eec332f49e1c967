using CyberDiplomacy.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CyberDiplomacy.Browser.Tests;

/// <summary>A question asked in the search box: its answer card and a hit's section links, reached with the keyboard alone.</summary>
public sealed class SearchAnswerTests(SiteFixture site) : BrowserTest(site)
{
    private const string Question = "kapan UU 27/2022 mengikat";
    private const string Section = "/articles/uu-pdp#masa-penyesuaian";

    [Fact]
    public async Task Tab_from_the_search_box_reaches_the_answer_link_which_lands_on_the_section()
    {
        var page = await AskAsync();
        var link = page.Locator(".answer-card a");
        await Expect(link).ToHaveAttributeAsync("href", Section);
        await TabUntilFocusedAsync(page, link);
        await page.Keyboard.PressAsync("Enter");
        await LandedOnSectionAsync(page);
    }

    [Fact]
    public async Task Tab_reaches_a_hit_section_link_which_lands_on_the_section()
    {
        var page = await AskAsync();
        var link = page.Locator($".result-sections a[href='{Section}']").First;
        await TabUntilFocusedAsync(page, link);
        await page.Keyboard.PressAsync("Enter");
        await LandedOnSectionAsync(page);
    }

    /// <summary>Types the question into the page's search box and submits it with Enter, as a reader would.</summary>
    private async Task<Microsoft.Playwright.IPage> AskAsync()
    {
        var page = await OpenAsync("/search");
        var input = page.Locator("#search-page-input");
        await input.FocusAsync();
        await page.Keyboard.TypeAsync(Question);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".answer-card")).ToBeVisibleAsync();
        await Expect(input).ToHaveValueAsync(Question);
        await input.FocusAsync();
        return page;
    }

    private static async Task TabUntilFocusedAsync(Microsoft.Playwright.IPage page, Microsoft.Playwright.ILocator target)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) return;
            await page.Keyboard.PressAsync("Tab");
        }
        await Expect(target).ToBeFocusedAsync();
    }

    private async Task LandedOnSectionAsync(Microsoft.Playwright.IPage page)
    {
        await page.WaitForURLAsync(Site.Server.BaseUrl + Section);
        var heading = page.Locator("h2#masa-penyesuaian");
        await Expect(heading).ToBeInViewportAsync();
        Assert.True(await heading.EvaluateAsync<bool>("e => e.matches(':target')"), "the section's heading is not the :target");
    }
}
