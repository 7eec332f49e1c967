using CyberDiplomacy.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CyberDiplomacy.Browser.Tests;

/// <summary>Auto-linked glossary terms show their short definition on focus and hover (WCAG 1.4.13).</summary>
public sealed class GlossaryTooltipTests(SiteFixture site) : BrowserTest(site)
{
    private const string Article = "/articles/diplomasi-siber";

    [Fact]
    public async Task Tabbing_to_a_term_shows_its_definition_and_Escape_hides_it()
    {
        var page = await OpenAsync(Article);
        var term = page.Locator("a.term-link").First;
        var slug = await term.GetAttributeAsync("data-term");
        var describedBy = await term.GetAttributeAsync("aria-describedby");
        Assert.False(string.IsNullOrEmpty(describedBy), "the term link has no aria-describedby");
        await Expect(page.Locator($"[id='{describedBy}']")).ToHaveCountAsync(1);

        await TabToAsync(page, term);

        var tooltip = page.Locator("[role=tooltip]");
        await Expect(tooltip).ToBeVisibleAsync();
        var definition = await page.Locator($"#term-def-{slug}").InnerTextAsync();
        Assert.False(string.IsNullOrWhiteSpace(definition));
        await Expect(tooltip).ToContainTextAsync(definition.Trim());

        await page.Keyboard.PressAsync("Escape");
        await Expect(tooltip).ToBeHiddenAsync();
        await Expect(term).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Hovering_a_term_shows_its_definition_which_stays_while_the_pointer_is_on_it()
    {
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        // A fake clock: "stays visible" is checked after the hide delay has surely passed, without sleeping.
        await page.Clock.InstallAsync();
        await GotoAsync(page, Article);
        var term = page.Locator("a.term-link").First;
        var tooltip = page.Locator("[role=tooltip]");

        await term.HoverAsync();
        await Expect(tooltip).ToBeVisibleAsync();

        await tooltip.HoverAsync();
        await page.Clock.RunForAsync(2000);
        await Expect(tooltip).ToBeVisibleAsync();

        await page.Mouse.MoveAsync(1, 1);
        await page.Clock.RunForAsync(2000);
        await Expect(tooltip).ToBeHiddenAsync();
    }

    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 200; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement")) return;
        }
        Assert.Fail("Tab never reached the first term link.");
    }
}
