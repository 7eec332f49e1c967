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
        var href = await term.GetAttributeAsync("href");
        Assert.StartsWith("/glossary/", href);
        var definition = await DefinitionAsync(page, href!);

        await TabToAsync(page, term);

        var tooltip = page.Locator("[role=tooltip]");
        await Expect(tooltip).ToBeVisibleAsync();
        await Expect(tooltip).ToContainTextAsync(definition);
        // While it shows, the tooltip describes the focused link for screen readers.
        await Expect(term).ToHaveAttributeAsync("aria-describedby", await tooltip.GetAttributeAsync("id") ?? "");

        await page.Keyboard.PressAsync("Escape");
        await Expect(tooltip).ToBeHiddenAsync();
        await Expect(term).ToBeFocusedAsync();
        await Expect(term).Not.ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex("."));
    }

    [Fact]
    public async Task The_page_lists_its_terms_as_links_and_sends_no_definitions_with_the_article()
    {
        var page = await OpenAsync(Article);
        var firstTerm = await page.Locator("a.term-link").First.GetAttributeAsync("href");
        var definition = await DefinitionAsync(page, firstTerm!);

        await Expect(page.Locator($".terms-used a[href='{firstTerm}']")).ToHaveCountAsync(1);
        Assert.DoesNotContain(definition, await page.ContentAsync());
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

    /// <summary>The term's definition as the glossary API gives it, which is what the tooltip shows.</summary>
    private static async Task<string> DefinitionAsync(IPage page, string href)
    {
        var response = await page.APIRequest.GetAsync("/api" + href);
        Assert.True(response.Ok, $"/api{href} answered {response.Status}");
        var json = await response.JsonAsync();
        var definition = json!.Value.GetProperty("definition").GetString();
        Assert.False(string.IsNullOrWhiteSpace(definition));
        return definition!;
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
