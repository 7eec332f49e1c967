using System.Text.Json;
using CyberDiplomacy.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CyberDiplomacy.Browser.Tests;

/// <summary>The header search box: keyboard shortcuts and the typeahead combobox.</summary>
public sealed class SearchBoxTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task Slash_focuses_the_box_and_typeahead_suggestions_work_from_the_keyboard()
    {
        var page = await OpenAsync("/");
        var input = page.Locator("#site-search-input");

        await page.Keyboard.PressAsync("/");
        await Expect(input).ToBeFocusedAsync();
        await Expect(input).ToHaveValueAsync("");

        await page.Keyboard.TypeAsync("dipl");
        var listbox = page.Locator($"[id='{await input.GetAttributeAsync("aria-controls")}']");
        await Expect(listbox).ToBeVisibleAsync();
        await Expect(listbox).ToHaveAttributeAsync("role", "listbox");
        var options = listbox.Locator("[role=option]");
        Assert.True(await options.CountAsync() > 0, "no suggestions for 'dipl'");
        await Expect(input).ToHaveAttributeAsync("role", "combobox");
        await Expect(input).ToHaveAttributeAsync("aria-expanded", "true");

        await page.Keyboard.PressAsync("ArrowDown");
        var firstId = await options.First.GetAttributeAsync("id");
        await Expect(input).ToHaveAttributeAsync("aria-activedescendant", firstId!);
        await Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");

        await page.Keyboard.PressAsync("Escape");
        await Expect(listbox).ToBeHiddenAsync();
        await Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(input).ToHaveValueAsync("dipl");

        // ArrowDown reopens the list; the next one selects the first suggestion and Enter goes there.
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(listbox).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(input).ToHaveAttributeAsync("aria-activedescendant", firstId!);
        var first = await FirstSuggestionAsync(page, "dipl");
        await Expect(options.First).ToContainTextAsync(first.Title);

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(Site.Server.BaseUrl + first.Url);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Ctrl_K_focuses_the_search_box()
    {
        var page = await OpenAsync("/articles/diplomasi-siber");

        await page.Keyboard.PressAsync("Control+k");

        await Expect(page.Locator("#site-search-input")).ToBeFocusedAsync();
    }

    private static async Task<(string Title, string Url)> FirstSuggestionAsync(IPage page, string query)
    {
        var response = await page.APIRequest.GetAsync("/api/suggest?q=" + Uri.EscapeDataString(query));
        var suggestions = await response.JsonAsync() ?? throw new InvalidOperationException("no JSON from /api/suggest");
        var first = suggestions.EnumerateArray().First();
        return (first.GetProperty("title").GetString()!, first.GetProperty("url").GetString()!);
    }
}
