using System.Globalization;
using System.Text.RegularExpressions;
using CyberDiplomacy.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace CyberDiplomacy.Browser.Tests;

public sealed partial class ThemeTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public async Task A_dark_system_preference_gives_a_dark_page_and_the_toggle_choice_survives_a_reload()
    {
        var page = await OpenAsync("/", new() { ColorScheme = ColorScheme.Dark });
        var toggle = page.Locator(".theme-toggle");
        Assert.True(await BackgroundLuminanceAsync(page) < 0.2, "the page is not dark with a dark system preference");
        await Expect(toggle).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");

        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.True(await BackgroundLuminanceAsync(page) > 0.8, "the toggle did not switch to the light theme");

        await page.ReloadAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.True(await BackgroundLuminanceAsync(page) > 0.8, "the light theme was not remembered after a reload");
        Assert.Equal("light", await page.EvaluateAsync<string>("() => localStorage.getItem('theme')"));
    }

    /// <summary>WCAG relative luminance of the body's computed background colour: 0 is black, 1 is white.</summary>
    private static async Task<double> BackgroundLuminanceAsync(IPage page)
    {
        var color = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        var match = RgbColor().Match(color);
        Assert.True(match.Success, $"unexpected colour '{color}'");
        var channels = Enumerable.Range(1, 3).Select(i => double.Parse(match.Groups[i].Value, CultureInfo.InvariantCulture) / 255).Select(Linear).ToArray();
        return (0.2126 * channels[0]) + (0.7152 * channels[1]) + (0.0722 * channels[2]);

        static double Linear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    [GeneratedRegex(@"rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)")]
    private static partial Regex RgbColor();
}
